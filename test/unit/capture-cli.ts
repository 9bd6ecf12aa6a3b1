/**
 * Runs a CLI command's `run(args)` with stdout and stderr captured: its exit code and everything it wrote.
 * Example: await captureCli(run, ['--json', 'corpus/x.txt']) → { code: 0, out: '[…]', err: '' }.
 */
import { vi } from 'vitest';

export async function captureCli(
  run: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await run(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}
