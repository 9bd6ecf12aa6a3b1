/** What others may use from import/run: the pieces of an import run (importPaths itself is in ../run-import.ts). */
export { listPolicyFiles, type PolicyFileList } from './list-policy-files.ts';
export { scanRunRegistry, registryEntryOf, type ReadDocument } from './scan-run-registry.ts';
export {
  writePolicyDocument,
  type ImportGraph,
  type WrittenPolicy,
  type WriteDocumentOptions,
} from './write-policy-document.ts';
export { ImportWriteError, type ImportWriteErrorCode } from './import-write-error.ts';
