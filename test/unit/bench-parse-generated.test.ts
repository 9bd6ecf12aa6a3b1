// Realism of the generated corpus: the project's real parser reads the generated texts and must recover what the
// generator wrote — articles, headings, titles, numbers, lead and cooperating agencies, upward citations.
import { describe, expect, test } from 'vitest';
import { CORPUS_SIZES } from '../../bench/corpus-sizes.ts';
import type { AgencyTruth } from '../../bench/corpus-types.ts';
import { buildGazetteerExtension } from '../../bench/build-gazetteer-extension.ts';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { toHalfWidth } from '../../bench/render-document.ts';
import {
  buildGazetteer,
  getDefaultGazetteer,
  parsePolicyText,
  type AgencyRef,
  type PolicyDocument,
} from '../../import/index.ts';

const spec = { ...CORPUS_SIZES.small, documents: 150 };
const corpus = generateCorpus(spec);
// The corpus's own jurisdictions, merged over the bundled gazetteer as `--gazetteer bench/out/<size>/gazetteer.json` does.
const bundled = getDefaultGazetteer().data;
const gazetteer = buildGazetteer({
  ...bundled,
  jurisdictions: [...bundled.jurisdictions, ...buildGazetteerExtension(spec.seed).jurisdictions],
});
const parsed = new Map<string, PolicyDocument>(
  corpus.map((d) => [d.file, parsePolicyText(d.text, { file: d.file, gazetteer })]),
);

// A list prefix (市发展改革委、工业和信息化局) is written once; the parser may keep it off later items' asWritten.
const sameAgency = (truth: AgencyTruth, got: AgencyRef) =>
  truth.asWritten === got.asWritten ||
  ['自治区', '省', '市', '区', '县'].some((p) => truth.asWritten === p + got.asWritten);
const sameAgencies = (truth: AgencyTruth[], got: AgencyRef[]) =>
  truth.length === got.length && truth.every((t, i) => sameAgency(t, got[i]!));

describe('the real parser reads the generated corpus', () => {
  test('every document yields exactly its articles, numbered 1..n', () => {
    expect(corpus.length).toBeGreaterThan(50);
    for (const d of corpus)
      expect(parsed.get(d.file)!.articles.map((a) => a.number)).toEqual(d.articles.map((a) => a.number));
  });

  test('tiers come out as generated once the gazetteer knows the jurisdictions', () => {
    expect(corpus.filter((d) => parsed.get(d.file)!.tier !== d.tier).map((d) => `${d.file} ${d.jurisdiction}`)).toEqual(
      [],
    );
  });

  test('run-in headings are recovered in documents with parts or numbered items', () => {
    for (const d of corpus.filter((x) => x.layout !== 'chapters')) {
      expect(parsed.get(d.file)!.articles.map((a) => a.heading)).toEqual(d.articles.map((a) => a.heading));
    }
  });

  test('titles and document numbers are recovered, bracket variants normalised', () => {
    const clean = corpus.filter((d) => !d.defects.includes('traditional') && !d.defects.includes('brokenTitle'));
    for (const d of clean) {
      const p = parsed.get(d.file)!;
      expect(toHalfWidth(p.title)).toBe(toHalfWidth(d.title));
      expect(p.docNumber).toBe(d.docNumber);
    }
    expect(clean.length).toBeGreaterThan(120);
  });

  test('lead and cooperating agencies are recovered for at least 99% of articles', () => {
    let total = 0;
    let lead = 0;
    let cooperating = 0;
    for (const d of corpus) {
      const articles = new Map(parsed.get(d.file)!.articles.map((a) => [a.number, a]));
      for (const a of d.articles) {
        const p = articles.get(a.number)!;
        total += 1;
        if (sameAgencies(a.lead, p.leadAgencies)) lead += 1;
        if (sameAgencies(a.cooperating, p.cooperatingAgencies)) cooperating += 1;
      }
    }
    expect(lead / total).toBeGreaterThanOrEqual(0.99);
    expect(cooperating / total).toBeGreaterThanOrEqual(0.99);
  });

  test('upward citations are recovered, by number when the text gives one, else by title', () => {
    let total = 0;
    let found = 0;
    for (const d of corpus) {
      const got = parsed.get(d.file)!.citations;
      for (const c of d.citations) {
        total += 1;
        const hit = got.some(
          (g) =>
            (c.docNumber
              ? g.docNumber === c.docNumber
              : toHalfWidth(g.title ?? '').endsWith(toHalfWidth(c.title ?? ''))) && g.relation === c.relation,
        );
        if (hit) found += 1;
      }
    }
    expect(total).toBeGreaterThan(150);
    expect(found / total).toBeGreaterThanOrEqual(0.95);
  });
});
