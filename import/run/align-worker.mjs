// Entry of one alignment worker thread (align-in-workers.ts): loads the TypeScript worker through tsx, as
// bin/policygraph.mjs loads the CLI, so the thread needs no build step and no loader flags from its parent.
import { register } from 'tsx/esm/api';

register();
await import('./rank-groups-worker.ts');
