/**
 * Composes the parts and articles of a planned document: fresh text for documents without an upper document, and for
 * the others articles that reuse, paraphrase or partly borrow the upper document's articles (the alignment truth).
 * Example: a municipal plan under a provincial one → ~75% of its articles carry `derivedFrom` {file, article, kind}.
 */
import type { AgencyTruth, GeneratedArticle, GeneratedDocument } from './corpus-types.ts';
import { freshHeading, freshSentence, moneySentence, paraphrase, paraphraseHeading } from './compose-sentences.ts';
import type { Random } from './seeded-random.ts';
import { AGENCIES, COLLECTIVES, PART_HEADINGS, PROVINCES, STOCK_PHRASES } from './vocabulary.ts';

/** Fills `doc.parts` and `doc.articles`; `parent` is the already composed upper document, if any. */
export function composeArticles(
  doc: GeneratedDocument,
  parent: GeneratedDocument | undefined,
  count: number,
  r: Random,
): void {
  const partCount = doc.layout === 'flat' ? 0 : Math.max(2, Math.min(8, Math.round(count / r.int(4, 7))));
  doc.parts = r.sample(PART_HEADINGS, partCount).map((heading, i) => ({ number: i + 1, heading }));
  const place = doc.city && doc.tier === 'county' ? `${doc.jurisdiction}` : doc.jurisdiction;
  const used = new Set<number>();
  for (let n = 1; n <= count; n += 1) {
    const ar = r.fork(`a${n}`);
    const upper = parent && ar.chance(0.75) ? pickUpper(parent, n, count, used, ar) : undefined;
    const article = upper
      ? deriveArticle(upper, parent as GeneratedDocument, ar, place, doc.year)
      : freshArticle(ar, place, doc.year);
    article.number = n;
    if (partCount > 0) article.partNumber = Math.min(partCount, 1 + Math.floor(((n - 1) * partCount) / count));
    if (ar.chance(0.2)) article.sentences.push(ar.pick(STOCK_PHRASES));
    if (ar.chance(0.1)) article.items = Array.from({ length: ar.int(2, 4) }, () => freshSentence(ar, place, doc.year));
    if (doc.layout !== 'chapters' || ar.chance(0.3)) Object.assign(article, agenciesFor(doc, ar));
    doc.articles.push(article);
  }
}

// Mostly in order (the n-th lower article follows the matching stretch of the upper text), each upper article once.
function pickUpper(
  parent: GeneratedDocument,
  n: number,
  count: number,
  used: Set<number>,
  r: Random,
): GeneratedArticle | undefined {
  const m = parent.articles.length;
  const free = parent.articles.filter((a) => !used.has(a.number));
  if (free.length === 0) return undefined;
  const target = r.chance(0.8) ? Math.round(((n - 1) * m) / count) + 1 : r.int(1, m);
  const chosen = free.reduce((best, a) => (Math.abs(a.number - target) < Math.abs(best.number - target) ? a : best));
  used.add(chosen.number);
  return chosen;
}

function freshArticle(r: Random, place: string, year: number): GeneratedArticle {
  const sentences = Array.from({ length: r.int(2, 4) }, () => freshSentence(r, place, year));
  return { number: 0, heading: freshHeading(r), sentences, items: [], lead: [], cooperating: [] };
}

function deriveArticle(
  upper: GeneratedArticle,
  parent: GeneratedDocument,
  r: Random,
  place: string,
  year: number,
): GeneratedArticle {
  const roll = r.next();
  const kind = roll < 0.3 ? 'verbatim' : roll < 0.75 ? 'paraphrase' : 'partial';
  let heading = upper.heading;
  let sentences: string[];
  if (kind === 'verbatim') {
    sentences = [...upper.sentences, freshSentence(r, place, year)];
  } else if (kind === 'paraphrase') {
    heading = r.chance(0.6) ? paraphraseHeading(upper.heading, r) : upper.heading;
    sentences = upper.sentences
      .filter((_, i) => i === 0 || r.chance(0.85))
      .map((s) => (r.chance(0.6) ? paraphrase(s, r) : s));
    sentences.push(r.chance(0.5) ? moneySentence(r) : freshSentence(r, place, year));
  } else {
    heading = freshHeading(r);
    sentences = [freshSentence(r, place, year), paraphrase(r.pick(upper.sentences), r), freshSentence(r, place, year)];
  }
  return {
    number: 0,
    heading,
    sentences,
    items: [],
    lead: [],
    cooperating: [],
    derivedFrom: { file: parent.file, docNumber: parent.docNumber, article: upper.number, kind },
  };
}

function agenciesFor(doc: GeneratedDocument, r: Random): { lead: AgencyTruth[]; cooperating: AgencyTruth[] } {
  const pool = AGENCIES[doc.tier];
  const chosen = r.sample(pool, 1 + r.int(1, 4));
  const prefix =
    doc.tier === 'national'
      ? ''
      : doc.tier === 'provincial'
        ? (PROVINCES.find((p) => p.name === doc.province)?.prefix ?? '省')
        : doc.tier === 'municipal'
          ? '市'
          : doc.jurisdiction.slice(-1);
  const fullHead =
    doc.tier === 'national' ? '' : doc.tier === 'county' ? `${doc.city ?? ''}${doc.jurisdiction}` : doc.jurisdiction;
  const truth = (a: { short: string; full: string }): AgencyTruth => ({
    asWritten: `${prefix}${a.short}`,
    name: `${fullHead}${a.full}`,
    collective: false,
  });
  const [lead, ...rest] = chosen.map(truth);
  const cooperating = rest;
  const collective = r.pick(COLLECTIVES[doc.tier]);
  if (r.chance(0.5)) cooperating.push({ asWritten: collective, name: collective, collective: true });
  // 责任单位 names no lead: every unit listed is responsible, so the truth has them all as lead units.
  if (doc.style.agencies === 'responsible' || doc.style.agencies === 'bracketResponsible') {
    return { lead: lead ? [lead, ...cooperating] : cooperating, cooperating: [] };
  }
  return { lead: lead ? [lead] : [], cooperating };
}
