/**
 * Plans the documents of a corpus, top tier first: who issues each one, its title and number, which upper document it
 * implements, its layout and its defects. Articles are composed afterwards (compose-articles.ts).
 * Example: plan(spec small) → 4 national, 16 provincial, 40 municipal, 40 county skeletons; a county plan implements a
 * municipal plan of its own city when there is one.
 */
import type { Tier } from '../model/index.ts';
import type { CorpusSpec } from './corpus-sizes.ts';
import { TIER_SHARES } from './corpus-sizes.ts';
import type { Defect, DocumentStyle, GeneratedDocument, Layout } from './corpus-types.ts';
import type { Random } from './seeded-random.ts';
import { COUNTY_FIRST, COUNTY_SECOND, NATIONAL_ISSUERS, PROVINCES, TITLE_FORMS, TOPICS } from './vocabulary.ts';

const DEFECT_ODDS: [Defect, number][] = [
  ['traditional', 0.05],
  ['pageNumbers', 0.1],
  ['spam', 0.1],
  ['oddSpaces', 0.1],
  ['brokenTitle', 0.05],
  ['pinyin', 0.03],
  ['censored', 0.03],
  ['mojibake', 0.02],
];

/** A jurisdiction that issues documents, with its number codes and the name its titles start with. */
export interface Place {
  tier: Tier;
  jurisdiction: string;
  issuer: string;
  codes: string[];
  province?: string;
  city?: string;
  titleHead: string;
}

/** Every issuing place of the corpus by tier; county names are unique and drawn from the seed. */
export function places(random: Random): Record<Tier, Place[]> {
  const countyNames = random.sample(
    COUNTY_FIRST.flatMap((a) => COUNTY_SECOND.map((b) => a + b)).filter((n) => n[0] !== n[1]),
    400,
  );
  let nextCounty = 0;
  const national = NATIONAL_ISSUERS.map((n) => ({
    tier: 'national' as const,
    jurisdiction: '中华人民共和国',
    issuer: n.issuer,
    codes: n.codes,
    titleHead: n.issuer,
  }));
  const provincial: Place[] = [];
  const municipal: Place[] = [];
  const county: Place[] = [];
  for (const p of PROVINCES) {
    provincial.push({
      tier: 'provincial',
      jurisdiction: p.name,
      issuer: `${p.name}人民政府`,
      codes: p.codes,
      province: p.name,
      titleHead: p.name,
    });
    for (const c of p.cities) {
      municipal.push({
        tier: 'municipal',
        jurisdiction: c.name,
        issuer: `${c.name}人民政府`,
        codes: c.codes,
        province: p.name,
        city: c.name,
        titleHead: c.name,
      });
      for (let k = 0; k < 3; k += 1) {
        const stem = countyNames[nextCounty++] as string;
        const name = `${stem}${k === 0 ? '区' : '县'}`;
        const code = `${stem}政发`;
        county.push({
          tier: 'county',
          jurisdiction: name,
          issuer: `${name}人民政府`,
          codes: [code],
          province: p.name,
          city: c.name,
          titleHead: name,
        });
      }
    }
  }
  return { national, provincial, municipal, county };
}

function formatDate(year: number, random: Random): string {
  const m = random.int(1, 12);
  const d = random.int(1, 28);
  return isoDate(year, m, d);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date in `year` not before `after`, the date of the implemented document: a text implements only what was issued
 * before it (the aligner drops a parent dated after its child). A drawn date already later stands, so only the
 * documents that would contradict their parent change; else one of the later days of the year (1–28, as drawn), or the
 * parent's own day when none is left (a parent of 12-28 in the last year the corpus reaches).
 */
function dateAfter(year: number, after: string | undefined, random: Random): string {
  const drawn = formatDate(year, random);
  if (after === undefined || drawn > after) return drawn;
  const [, m, d] = after.split('-').map(Number) as [number, number, number];
  const later = 28 * (12 - m) + (28 - d);
  if (later === 0) return after;
  const k = random.fork('later').int(1, later) + 28 * (m - 1) + d - 1;
  return isoDate(year, Math.floor(k / 28) + 1, (k % 28) + 1);
}

/** Plans `spec.documents` document skeletons (no articles yet), deterministic for a seed. */
export function planCorpus(spec: CorpusSpec, random: Random): GeneratedDocument[] {
  const byTier = places(random.fork('places'));
  const tiers: Tier[] = ['national', 'provincial', 'municipal', 'county'];
  const counts = tiers.map((t) => Math.max(1, Math.round(spec.documents * TIER_SHARES[t])));
  counts[3] = Math.max(1, spec.documents - (counts[0] ?? 0) - (counts[1] ?? 0) - (counts[2] ?? 0));
  const titles = new Set<string>();
  const serials = new Map<string, number>();
  const plans: GeneratedDocument[] = [];
  tiers.forEach((tier, t) => {
    for (let k = 0; k < (counts[t] ?? 0); k += 1) {
      const r = random.fork(`doc-${plans.length}`);
      const place = r.pick(byTier[tier]);
      const parent = choosePlanParent(plans, place, r);
      const topic = parent && r.chance(0.8) ? parent.topic : r.pick(TOPICS);
      const year = parent ? Math.min(2025, parent.year + r.int(0, 2)) : r.int(2015, 2023);
      const layout: Layout =
        tier === 'national'
          ? r.chance(0.85)
            ? 'parts'
            : 'flat'
          : r.chance(0.6)
            ? 'parts'
            : r.chance(0.65)
              ? 'flat'
              : 'chapters';
      const title = uniqueTitle(place, topic, layout, year, r, titles);
      const code = r.pick(place.codes);
      const serialKey = `${code}|${year}`;
      const serial = (serials.get(serialKey) ?? 0) + r.int(1, 3);
      serials.set(serialKey, serial);
      const index = plans.length;
      plans.push({
        index,
        file: `${String(index).padStart(5, '0')}-${tier}.txt`,
        tier,
        jurisdiction: place.jurisdiction,
        province: place.province,
        city: place.city,
        issuer: place.issuer,
        title,
        topic,
        docNumber: r.chance(0.95) ? `${code}〔${year}〕${serial}号` : undefined,
        issuedOn: dateAfter(year, parent?.issuedOn, r),
        year,
        parentIndex: parent?.index,
        layout,
        restartNumbering: layout === 'parts' && r.chance(0.2),
        parts: [],
        articles: [],
        citations: [],
        defects: DEFECT_ODDS.filter(([, p]) => r.chance(p)).map(([d]) => d),
        style: chooseStyle(r.fork('style')),
      });
    }
  });
  return plans;
}

function choosePlanParent(plans: GeneratedDocument[], place: Place, r: Random): GeneratedDocument | undefined {
  const of = (tier: Tier, match: (d: GeneratedDocument) => boolean) => plans.filter((d) => d.tier === tier && match(d));
  const candidates =
    place.tier === 'provincial'
      ? of('national', () => true)
      : place.tier === 'municipal'
        ? pickNonEmpty(
            of('provincial', (d) => d.province === place.province),
            of('national', () => true),
          )
        : place.tier === 'county'
          ? pickNonEmpty(
              of('municipal', (d) => d.city === place.city),
              of('provincial', (d) => d.province === place.province),
              of('national', () => true),
            )
          : [];
  return candidates.length > 0 ? r.pick(candidates) : undefined;
}

function pickNonEmpty<T>(...lists: T[][]): T[] {
  return lists.find((l) => l.length > 0) ?? [];
}

/**
 * A title no other document of the jurisdiction has once its issuer is left out: citations and the importer name a
 * national document without its issuer (《关于促进…的若干措施》), so 国务院关于X and 科技部关于X would be one document.
 */
function uniqueTitle(place: Place, topic: string, layout: Layout, year: number, r: Random, used: Set<string>): string {
  const form = layout === 'chapters' ? { prefix: '', suffix: '管理办法' } : r.pick(TITLE_FORMS);
  const base = `${form.prefix ? form.prefix : ''}${topic}${form.suffix}`;
  let rest = base;
  for (let n = 1; used.has(`${place.jurisdiction}|${rest}`); n += 1)
    rest = `${base}（${year}年修订${n > 1 ? `第${n}版` : ''}）`;
  used.add(`${place.jurisdiction}|${rest}`);
  return `${place.titleHead}${rest}`;
}

function chooseStyle(r: Random): DocumentStyle {
  const agencies = r.next();
  const bracket = r.next();
  const dates = r.next();
  return {
    halfWidth: r.chance(0.3),
    agencies:
      agencies < 0.65 ? 'labels' : agencies < 0.8 ? 'responsible' : agencies < 0.9 ? 'bracketResponsible' : 'comma',
    numberBracket:
      bracket < 0.75 ? 'standard' : r.pick(['square', 'round', 'lenticular', 'fullRound', 'mixed', 'spaced'] as const),
    dates: dates < 0.6 ? 'arabic' : dates < 0.75 ? 'chinese' : dates < 0.88 ? 'iso' : 'dotted',
    notice: r.chance(0.2),
    repeatPrefix: r.chance(0.4),
  };
}
