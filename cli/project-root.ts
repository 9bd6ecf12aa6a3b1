/** The project's root folder (where package.json and corpus/ are), whatever the current directory. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project root. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
