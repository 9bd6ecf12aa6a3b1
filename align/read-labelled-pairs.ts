/**
 * Reads labelled real pairs: one line per lower article and each upper article it carries, with a strength
 * (strong: the upper's wording or rule is carried; medium: the same subject and function, reworded; none: no
 * counterpart, the upper columns are `-`) and the reader's reason. Files are paths under the set's document root.
 * Example: `DLC/…/上海市促进科技成果转化条例(2017-04-20).md	9	行政法/促进科技成果转化法(2015-08-29).md	18	strong	协议定价…`
 * → { lowerFile: 'DLC/…', lowerArticle: 9, upperFile: '行政法/…', upperArticle: 18, strength: 'strong', reason: '协议定价…' }.
 */
import type { AlignmentLabel } from './evaluate-alignment.ts';
import { readOrdinal } from './evaluate-alignment.ts';

/** How strongly a lower article carries an upper one, as a reader judged it. */
export type PairStrength = 'strong' | 'medium' | 'none';

/** One labelled pair (or a lower article labelled as having no counterpart). */
export interface LabelledPair {
  lowerFile: string;
  lowerArticle: number;
  upperFile?: string;
  upperArticle?: number;
  strength: PairStrength;
  reason: string;
  line: number;
}

/** Parses a labelled-pairs TSV; `#` lines are comments; a malformed line is an error naming the file and line. */
export function parseLabelledPairs(tsv: string, source = 'labels'): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  tsv.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const line = index + 1;
    const [lowerFile, lower, upperFile, upper, strength, reason = ''] = text.split('\t');
    const lowerArticle = readOrdinal(lower ?? '');
    const fail = (why: string) => {
      throw new Error(`${source}:${line}: ${why}`);
    };
    if (!lowerFile || lowerArticle === undefined) fail('lower file or article missing');
    if (strength !== 'strong' && strength !== 'medium' && strength !== 'none')
      fail(`strength must be strong, medium or none, not "${strength}"`);
    if (strength === 'none') {
      if (upperFile !== '-' || upper !== '-') fail('a none label has - as upper file and article');
      pairs.push({ lowerFile: lowerFile!, lowerArticle: lowerArticle!, strength: 'none', reason, line });
      return;
    }
    const upperArticle = readOrdinal(upper ?? '');
    if (!upperFile || upperFile === '-' || upperArticle === undefined) fail('upper file or article missing');
    pairs.push({
      lowerFile: lowerFile!,
      lowerArticle: lowerArticle!,
      upperFile,
      upperArticle,
      strength: strength as PairStrength,
      reason,
      line,
    });
  });
  return pairs;
}

/** The strong and medium pairs as evaluation labels (files compared by base name there). */
export function toAlignmentLabels(pairs: readonly LabelledPair[], source?: string): AlignmentLabel[] {
  return pairs
    .filter((p): p is LabelledPair & { strength: 'strong' | 'medium' } => p.strength !== 'none')
    .map((p) => ({
      lowerFile: p.lowerFile,
      lowerArticle: p.lowerArticle,
      upperFile: p.upperFile!,
      upperArticle: p.upperArticle!,
      note: `${p.strength}: ${p.reason}`,
      strength: p.strength,
      ...(source ? { source } : {}),
    }));
}

/** Lower file → the upper files its labels name (the documents each lower document is aligned against). */
export function labelledSelection(pairs: readonly LabelledPair[]): Map<string, string[]> {
  const selection = new Map<string, string[]>();
  for (const p of pairs) {
    const uppers = selection.get(p.lowerFile) ?? [];
    if (p.upperFile && !uppers.includes(p.upperFile)) uppers.push(p.upperFile);
    selection.set(p.lowerFile, uppers);
  }
  return selection;
}
