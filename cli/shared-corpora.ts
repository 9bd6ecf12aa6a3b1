/**
 * Where the real corpora are: `shared/corpora` beside the checkout, in the project's parent folder or any folder above
 * it (a git worktree sits deeper than the main checkout); where the first place looked when none exists, so a caller
 * can say what it looked for. Example: from /work/wt/feature → '/work/shared/corpora' when /work/shared/corpora exists.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/** The shared corpora folder seen from `from` (the project root by default). */
export function findSharedCorpora(from = PROJECT_ROOT): string {
  const wanted = (dir: string) => join(dir, 'shared', 'corpora');
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(wanted(dir))) return wanted(dir);
    if (dirname(dir) === dir) return wanted(dirname(from));
  }
}
