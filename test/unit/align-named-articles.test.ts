/**
 * Articles a lower article names (依照个人所得税法第六条) are read and put first among its candidates, marked cited;
 * its own articles (本法第十条) and names of documents that are not its uppers are not references.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alignDocuments, readArticleReferences, referenceNames, type AlignDocument } from '../../align/index.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { INCOME_TAX_NAMED_ARTICLES } from '../support/named-articles.ts';
import { readPolicyFile } from '../../import/index.ts';

const LAW = '中华人民共和国个人所得税法';
const BUDGET = '中华人民共和国预算法';

describe('readArticleReferences', () => {
  const names = referenceNames([LAW, BUDGET], '根据《中华人民共和国预算法》（以下简称预算法），制定本条例。');
  const read = (text: string) => readArticleReferences(text, names).map((r) => [r.title, r.article, r.start, r.end]);

  test('a title with or without 中华人民共和国, in 《》 or not, and a short name the document defines', () => {
    expect(read('依照个人所得税法第六条的规定')).toEqual([[LAW, 6, 2, 11]]);
    expect(read('《中华人民共和国个人所得税法》第二十一条第一款')).toEqual([[LAW, 21, 0, 20]]);
    expect(read('预算法第四十条所称')).toEqual([[BUDGET, 40, 0, 7]]);
  });

  test('a list goes on naming the same document: 第十条、第十二条第二款和第十五条', () => {
    expect(read('《中华人民共和国预算法》第十条、第十二条第二款和第十五条规定').map((r) => r[1])).toEqual([10, 12, 15]);
  });

  test('its own articles, unknown documents and an unclosed 《 are no references', () => {
    expect(read('本法第十条')).toEqual([]);
    expect(read('依照本条例第三条、第五条')).toEqual([]);
    expect(read('依照企业所得税法第三条')).toEqual([]);
    expect(read('依照该法第三条')).toEqual([]);
  });

  test('a short name is defined only for a title the reader knows', () => {
    const own = referenceNames([LAW], '根据《某某条例》（以下简称条例），制定本办法。');
    expect(own.has('条例')).toBe(false);
  });
});

const ROOT = join(findSharedCorpora(), 'lawrefbook');
const REAL = existsSync(ROOT);

describe.skipIf(!REAL)('the named article comes first (个人所得税法实施条例 against 个人所得税法, lawrefbook)', () => {
  const read = async (file: string): Promise<AlignDocument> => ({ ...(await readPolicyFile(join(ROOT, file))), file });

  test('第二十三条 names 第八条: first and cited, though the texts alone rank 第十三条 first; naming nothing marks nothing', async () => {
    const regulation = await read('行政法规/个人所得税法实施条例(2018-12-18).md');
    const law = await read('经济法/个人所得税法(2018-08-31).md');
    const selection = new Map([[regulation.file, [law.file]]]);
    const pairs = alignDocuments([regulation, law], { selection });
    const first = (article: number) => pairs.find((p) => p.lower.article === article && p.rank === 1)!;
    expect([first(23).upper.article, first(23).cited]).toEqual([8, true]);
    expect([first(26).upper.article, first(26).cited]).toEqual([10, true]);
    // The same text with the names cut out: the texts alone put 第十三条 and 第十四条 (纳税申报) first.
    const cut: AlignDocument = {
      ...regulation,
      articles: regulation.articles.map((a) => ({ ...a, text: a.text.replace(/个人所得税法第[八十]条/g, '') })),
    };
    const plain = alignDocuments([cut, law], { selection }).filter(
      (p) => [23, 26].includes(p.lower.article) && p.rank === 1,
    );
    expect(plain.map((p) => [p.upper.article, p.cited])).toEqual([
      [13, undefined],
      [14, undefined],
    ]);
    // 第六条 of the regulation names no article of the law (个人所得税法规定的各项个人所得): nothing is marked.
    expect(pairs.filter((p) => p.lower.article === 6).some((p) => p.cited)).toBe(false);
    // The thirteen articles that name one: each has it first.
    const named = pairs.filter((p) => p.cited).map((p) => [p.lower.article, p.upper.article, p.rank]);
    expect(named).toEqual(INCOME_TAX_NAMED_ARTICLES.map(([lower, upper]) => [lower, upper, 1]));
  });
});
