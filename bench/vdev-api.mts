import { connectGraph, readGraphConfig } from '../graph/index.ts';
import { readApiConfig, startApiServer } from '../api/index.ts';
const graph = await connectGraph(readGraphConfig({ NEO4J_URI: 'bolt://127.0.0.1:7741', NEO4J_PASSWORD: 'policygraph-local' }));
const server = await startApiServer({ driver: graph.driver, database: graph.database, config: readApiConfig({ JWT_SECRET: 'x', PORT: '0' }), log: (m: string, e: unknown) => console.error(m, e) });
const q = process.argv[2]!;
const r = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
console.log(JSON.stringify(await r.json(), null, 1));
await server.close(); await graph.stop();
