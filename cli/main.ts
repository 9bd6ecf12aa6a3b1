/**
 * The `policygraph` command line: dispatches `policygraph <command> [args…]` to one module per command.
 * Each module in `cli/commands/` exports `run(args): Promise<number>` returning the process exit code.
 */
type CommandModule = { run: (args: string[]) => Promise<number>; summary: string };

const commands: Record<string, () => Promise<CommandModule>> = {
  start: () => import('./commands/start.ts'),
  status: () => import('./commands/status.ts'),
  parse: () => import('./commands/parse.ts'),
  import: () => import('./commands/import.ts'),
  align: () => import('./commands/align.ts'),
  'eval-align': () => import('./commands/eval-align.ts'),
  'eval-parse': () => import('./commands/eval-parse.ts'),
  trace: () => import('./commands/trace.ts'),
  neo4j: () => import('./commands/neo4j.ts'),
  bench: () => import('./commands/bench.ts'),
  token: () => import('./commands/token.ts'),
  serve: () => import('./commands/serve.ts'),
};

/** Runs one command and returns its exit code; unknown commands print the list. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    if (name && name !== 'help' && name !== '--help')
      process.stderr.write(`policygraph: unknown command "${name}"\n\n`);
    process.stdout.write('usage: policygraph <command> [options]\n\ncommands:\n');
    for (const [key, loader] of Object.entries(commands)) {
      const summary = await loader().then(
        (m) => m.summary,
        () => '(not available)',
      );
      process.stdout.write(`  ${key.padEnd(11)} ${summary}\n`);
    }
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const command = await load();
  return command.run(args);
}
