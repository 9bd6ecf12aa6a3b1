/** True only in `vite build --mode test`: exposes the Cytoscape instance as window.cy for browser tests. */
declare const __POLICYGRAPH_TEST__: boolean;

interface ImportMetaEnv {
  readonly VITE_GRAPHQL_URL?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
