import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { toChineseDigits, toChineseOrdinal } from '../../bench/chinese-numerals.ts';
import { CORPUS_SIZES } from '../../bench/corpus-sizes.ts';
import { generateCorpus, generateDocuments } from '../../bench/generate-corpus.ts';
import { renderDocNumber, toHalfWidth } from '../../bench/render-document.ts';
import { buildTitleKey } from '../../import/index.ts';

const small = generateCorpus(CORPUS_SIZES.small);
const digest = (docs: { file: string; text: string }[]) =>
  createHash('sha256')
    .update(docs.map((d) => `${d.file}\n${d.text}`).join('\u0000'))
    .digest('hex');

describe('corpus generator', () => {
  test('the same seed gives byte-identical files', () => {
    expect(digest(generateCorpus(CORPUS_SIZES.small))).toBe(digest(small));
  });

  test('another seed gives other texts', () => {
    const other = generateCorpus({ ...CORPUS_SIZES.small, seed: 1 });
    expect(digest(other)).not.toBe(digest(small));
    expect(other.map((d) => d.text).filter((t, i) => t === small[i]?.text)).toEqual([]);
  });

  test('small has 100 documents split over the tiers, 10–40 articles each', () => {
    const byTier = Object.fromEntries(
      ['national', 'provincial', 'municipal', 'county'].map((t) => [t, small.filter((d) => d.tier === t).length]),
    );
    expect(byTier).toEqual({ national: 4, provincial: 16, municipal: 40, county: 40 });
    for (const d of small) {
      expect(d.articles.length).toBeGreaterThanOrEqual(10);
      expect(d.articles.length).toBeLessThanOrEqual(40);
      expect(d.articles.map((a) => a.number)).toEqual(d.articles.map((_, i) => i + 1));
    }
  });

  test('every derivation points at an existing article of the parent, one tier or more above', () => {
    const rank = { national: 0, provincial: 1, municipal: 2, county: 3 };
    const byFile = new Map(small.map((d) => [d.file, d]));
    let derived = 0;
    for (const d of small) {
      for (const a of d.articles) {
        if (!a.derivedFrom) continue;
        derived += 1;
        const upper = byFile.get(a.derivedFrom.file);
        expect(upper?.index).toBe(d.parentIndex);
        expect(rank[upper!.tier]).toBeLessThan(rank[d.tier]);
        expect(upper!.articles.some((u) => u.number === a.derivedFrom!.article)).toBe(true);
      }
    }
    expect(derived / small.reduce((n, d) => n + d.articles.length, 0)).toBeGreaterThan(0.5);
  });

  test('verbatim derivations repeat every upper sentence; partial ones reuse a paraphrase of one', () => {
    const byFile = new Map(small.map((d) => [d.file, d]));
    let verbatim = 0;
    for (const d of small) {
      for (const a of d.articles) {
        if (a.derivedFrom?.kind !== 'verbatim') continue;
        verbatim += 1;
        const upper = byFile.get(a.derivedFrom.file)!.articles.find((u) => u.number === a.derivedFrom!.article)!;
        expect(a.heading).toBe(upper.heading);
        for (const s of upper.sentences) expect(a.sentences).toContain(s);
      }
    }
    expect(verbatim).toBeGreaterThan(0);
  });

  test('the text holds each heading, the implemented title and every citation number', () => {
    const clean = small.filter((x) => x.defects.length === 0);
    expect(clean.length).toBeGreaterThan(10);
    for (const d of clean) {
      const { text } = d;
      const norm = (s: string) => (d.style.halfWidth ? toHalfWidth(s) : s);
      for (const a of d.articles) expect(text).toContain(`${a.heading}。`);
      for (const c of d.citations) {
        if (c.title) expect(text).toContain(`《${norm(c.title)}》`);
        if (c.docNumber) expect(text).toContain(c.docNumber);
      }
      expect(text).toContain(norm(d.title));
    }
  });

  test('dirty-copy defects show in the text', () => {
    const medium = generateCorpus({ ...CORPUS_SIZES.small, documents: 400 });
    const withDefect = (name: string) => medium.filter((d) => d.defects.includes(name as never));
    const paged = withDefect('pageNumbers').filter((x) => x.articles.length > 6);
    for (const d of paged) expect(d.text).toMatch(/^—1—$/m);
    for (const d of withDefect('traditional')) expect(d.text).toMatch(/關於|號|發展|國|區|業/);
    for (const d of withDefect('oddSpaces')) expect(d.text).toContain('\u3000\u3000');
    for (const d of withDefect('pinyin')) expect(d.text).toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
    for (const d of withDefect('brokenTitle')) expect(d.text.split('\n')).not.toContain(d.title);
    // Every loop above ran: each defect is present in the generated corpus.
    expect(paged.length).toBeGreaterThan(0);
    expect(['traditional', 'oddSpaces', 'pinyin', 'spam', 'brokenTitle'].map((n) => withDefect(n).length > 0)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe.each(['small', 'medium'] as const)('the %s corpus is realistic to the importer and the aligner', (size) => {
  // Metadata only: the medium texts are not kept.
  const docs = Array.from(generateDocuments(CORPUS_SIZES[size]), ({ text: _text, articles: _articles, ...d }) => d);
  const byNumber = new Map(docs.flatMap((d) => (d.docNumber ? [[d.docNumber, d] as const] : [])));

  test('no document is dated before the document it implements or a document it cites', () => {
    const earlier = docs.flatMap((d) => {
      const cited = [
        ...(d.parentIndex === undefined ? [] : [docs[d.parentIndex]!]),
        ...d.citations.flatMap((c) => (c.relation === 'cites' && c.docNumber ? [byNumber.get(c.docNumber)!] : [])),
      ];
      return cited
        .filter((c) => c.issuedOn > d.issuedOn)
        .map((c) => `${d.file} ${d.issuedOn} < ${c.file} ${c.issuedOn}`);
    });
    expect(earlier).toEqual([]);
    expect(docs.filter((d) => d.citations.some((c) => c.relation === 'cites')).length).toBeGreaterThan(0);
  });

  test('every document is a Policy of its own: no two share a number or a title key (title without its issuer)', () => {
    const shared = (key: (d: (typeof docs)[number]) => string | undefined) => {
      const files = new Map<string, string[]>();
      for (const d of docs) {
        const k = key(d);
        if (k !== undefined) files.set(k, [...(files.get(k) ?? []), d.file]);
      }
      return [...files].filter(([, f]) => f.length > 1).map(([k, f]) => `${k}: ${f.join(', ')}`);
    };
    expect(shared((d) => d.docNumber)).toEqual([]);
    expect(shared((d) => buildTitleKey(d.title).key)).toEqual([]);
  });
});

describe('typesetting helpers', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [40, '四十'],
  ])('%i → %s', (n, s) => {
    expect(toChineseOrdinal(n)).toBe(s);
  });
  test('years in Chinese digits', () => expect(toChineseDigits(2021)).toBe('二〇二一'));
  test.each([
    ['standard', '柳政规〔2021〕18号'],
    ['square', '柳政规[2021]18号'],
    ['lenticular', '柳政规【2021】18号'],
    ['mixed', '柳政规〔2021)18号'],
    ['spaced', '柳政规〔2021〕18 号'],
  ] as const)('number bracket %s', (style, out) => expect(renderDocNumber('柳政规〔2021〕18号', style)).toBe(out));
});
