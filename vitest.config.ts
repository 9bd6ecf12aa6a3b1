import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure, no database, milliseconds), `integration` (a real Neo4j, started once per run by
// test/setup/neo4j-global.ts; test/browser/ drives real Chromium against the real server and belongs here too) and
// `faults` (each test starts its own engine to kill or freeze).
export default defineConfig({
  test: {
    projects: [
      {
        // The heavier unit tests parse and align whole folders in process: 30 s leaves room on a shared, loaded machine.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j-global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Fault tests start, freeze and kill their OWN engine (no shared one is needed or touched).
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
