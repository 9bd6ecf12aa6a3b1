import { connectGraph, readGraphConfig, executeRead } from '../graph/index.ts';
import { importPaths, LAWS_DIR } from '../import/index.ts';
const graph = await connectGraph(readGraphConfig({ NEO4J_URI: 'bolt://127.0.0.1:7741', NEO4J_PASSWORD: 'policygraph-local' }));
const paths = process.argv.slice(2);
if (paths[0] !== '--no-import') {
  const t = Date.now();
  const s = await importPaths(graph, paths.length ? paths : [LAWS_DIR]);
  console.log(JSON.stringify({ ...s, failed: s.failed.length, ms: Date.now() - t }));
}
await graph.stop();
