/** Parse evaluation against hand-written truth files: what other folders may use. */
export {
  compareWithTruth,
  JUDGED_FIELDS,
  type FieldVerdict,
  type JudgedField,
  type ParseTruth,
} from './compare-with-truth.ts';
export { countVerdicts, tabulateVerdicts, type FileVerdicts } from './tabulate-verdicts.ts';
