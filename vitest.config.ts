import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure, no database, milliseconds) and `integration` (a real Neo4j, started once per run by
// test/setup/neo4j-global.ts; test/browser/ drives real Chromium against the real server and belongs here too).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
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
    ],
  },
});
