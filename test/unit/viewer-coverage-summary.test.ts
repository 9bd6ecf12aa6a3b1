import { expect, test } from 'vitest';
import { scopeCoverage } from '../../viewer/src/color-coverage.ts';
import { summarizeCoverage } from '../../viewer/src/summarize-coverage.ts';

// The coverage summary speaks of what was asked: all lower documents by default (the tester saw "柳州市…承接了 35 / 116
// 条" with Liuzhou's colours only, the picker having silently chosen the first city document), or the one chosen.
const row = (id: string, lowers: string[], formal?: string) => ({
  article: { id },
  lowerDocumentCount: lowers.length,
  counterparts: lowers.map((p) => ({ policy: { id: p } })),
  ...(formal ? { formal } : {}),
});
const rows = [
  row('law#a1', ['柳州', '广西']),
  row('law#a2', ['广西']),
  row('law#a3', []),
  // 本法自…起施行: counted neither way, even where a lower text's own effective-date clause pairs with it.
  row('law#a4', ['柳州'], 'EFFECTIVE_DATE'),
];

test('all lower documents: articles taken up by any, out of those counted, and how many documents take part', () => {
  expect(summarizeCoverage(rows)).toEqual({ carried: 2, counted: 3, lowerDocuments: 2 });
});

test('one lower document: its own articles only; a formal provision never counts as taken up', () => {
  expect(summarizeCoverage(scopeCoverage(rows, '柳州'))).toEqual({ carried: 1, counted: 3, lowerDocuments: 2 });
});
