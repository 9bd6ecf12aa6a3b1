#!/usr/bin/env node
// Entry point of the `policygraph` command: loads the TypeScript CLI through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

// The serving commands run as in production unless told otherwise: graphql-js, which reads NODE_ENV once when it is
// loaded, otherwise checks every type test for a second graphql copy (5 % of the API server's CPU under load).
if (['serve', 'start'].includes(process.argv[2] ?? '')) process.env.NODE_ENV ??= 'production';
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
