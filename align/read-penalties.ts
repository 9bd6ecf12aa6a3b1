/**
 * The penalty clauses of an article: each sentence that sanctions (处…罚款, 责令改正, 依法予以处罚, 依照前款规定予以处罚)
 * with the acts it punishes (the conditions before 的，, each alternative joined by 或者, and the items of 有下列行为之一
 * 的…：（一）…) and how it gives a fine: by sums of its own, or by reference to the paragraph before (依照前款规定) or to
 * the law (依法, 依照《…》的规定, 处以罚款 without a sum). An item that states its own fine is a clause of its own.
 * A fine is compared only with a fine for the same act (compare-quantities.ts).
 * Example: readPenaltyClauses('违反本法规定，施工单位未设置围挡的，由…责令改正，处一万元以上十万元以下的罚款。\n违反本法规定，
 * 建设单位未覆盖裸露地面的，由…依照前款规定予以处罚。') → two clauses, acts 施工单位未设置围挡 and 建设单位未覆盖裸露地面,
 * the second `reference: 'previous'`.
 */
import { clauseBigrams, clauseDice } from './clause-similarity.ts';

/** One sentence (or list item) that sanctions. */
export interface PenaltyClause {
  /** Where its own words are: the fines inside belong to it. */
  start: number;
  end: number;
  /** The acts as written, formula left out. */
  act: string;
  /** Bigrams of each act and each alternative of it (a list or 或者 punishes several acts alike). */
  acts: Set<string>[];
  /** How a clause without a sum of its own fines: by the paragraph before's sums, or by the law's. */
  reference?: 'previous' | 'law';
}

/** Words that make a sentence a sanction. */
const SANCTIONS = /罚款|罚金|处罚|责令|没收|吊销|警告|拘留|追究/;
const BY_PREVIOUS = /依照(?:本条)?(?:前款|第[一二三四五六七八九十]+款)(?:的)?规定(?:予以|给予)?处罚/;
const BY_LAW =
  /依法(?:予以|给予)?处罚|依照(?:《[^》]+》|有关法律、?(?:行政)?法规|[^，。；]{0,24}?(?:法律|法规|法))(?:的)?(?:有关)?规定(?:予以|给予)?处罚|并?处以?罚款/;
/** A sum of a fine: money, a multiple of gains. */
const SUM = /[0-9零〇一二两三四五六七八九十百千万]+(?:元|倍)/;
const ITEM = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/;
/** What every penalty clause repeats and names no act: 违反本法规定，…有下列行为之一, 拒不改正, 情节严重. */
const FORMULA =
  /违反[^。；]*?规定[，,]?|有?下列[^，。；]{0,6}之一|(?:逾期|拒不|仍不|仍未|逾期不|逾期未)(?:改正|整改)|情节(?:较轻|严重|特别严重)|造成严重后果|构成犯罪/g;
/** Where the act ends: its 的， or the authority and sanction that follow it. */
const ACT_END = /的[，,：:]|[，,](?:由|责令|处|对|依法|依照|没收)/;

/** The sentences of a text (at 。 and line ends), an item list joined to the sentence that leads into it. */
function sentencesOf(text: string): { start: number; end: number; items: { start: number; end: number }[] }[] {
  const out: { start: number; end: number; lead: boolean; items: { start: number; end: number }[] }[] = [];
  for (const m of text.matchAll(/[^。\n]+[。\n]?/g)) {
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index! + m[0].indexOf(body);
    const span = { start, end: start + body.length };
    const last = out[out.length - 1];
    if (last?.lead && ITEM.test(body)) last.items.push(span);
    else out.push({ ...span, lead: /[：:]$/.test(body.replace(/。$/, '')), items: [] });
  }
  // An inline list (…：（一）…；（二）…) is split the same way.
  for (const s of out) {
    if (s.items.length > 0) continue;
    const text_ = text.slice(s.start, s.end);
    const colon = text_.search(/[：:][（(][一二三四五六七八九十]+[)）]/);
    if (colon < 0) continue;
    const listStart = s.start + colon + 1;
    for (const m of text.slice(listStart, s.end).matchAll(/[（(][一二三四五六七八九十]+[)）][^（(]*/g))
      s.items.push({ start: listStart + m.index!, end: listStart + m.index! + m[0].length });
    s.end = listStart;
  }
  return out;
}

/** The conditions a text punishes (before each 的，), formula left out, and their alternatives (或者). */
function actsOf(text: string): string[] {
  const acts: string[] = [];
  for (const part of text.split(/[；;]/)) {
    const end = part.search(ACT_END);
    const act = (end < 0 ? '' : part.slice(0, end))
      .replace(ITEM, '')
      .replace(FORMULA, '')
      .replace(/^[，,、]+/, '');
    if (act.length >= 2) acts.push(act);
  }
  return acts;
}

const alternatives = (act: string) => act.split(/[，,]?或者/).filter((a) => a.length >= 2);

function referenceOf(text: string): PenaltyClause['reference'] {
  if (SUM.test(text)) return undefined;
  return BY_PREVIOUS.test(text) ? 'previous' : BY_LAW.test(text) ? 'law' : undefined;
}

function clauseOf(start: number, end: number, acts: string[], reference: PenaltyClause['reference']): PenaltyClause {
  const sets = acts.flatMap((a) => {
    const alts = alternatives(a);
    return [a, ...(alts.length > 1 ? alts : [])].map(clauseBigrams);
  });
  return { start, end, act: acts.join('；'), acts: sets, ...(reference ? { reference } : {}) };
}

/** Every penalty clause of `text`, in order. */
export function readPenaltyClauses(text: string): PenaltyClause[] {
  const clauses: PenaltyClause[] = [];
  for (const s of sentencesOf(text)) {
    const lead = text.slice(s.start, s.end);
    const whole = text.slice(s.start, s.items.at(-1)?.end ?? s.end);
    if (!SANCTIONS.test(whole)) continue;
    const own = actsOf(lead);
    const main = own[0] ?? '';
    const items = s.items.map((i) => ({ ...i, text: text.slice(i.start, i.end) }));
    const itemActs = items.map((i) => {
      const body = i.text.replace(ITEM, '');
      const end = body.search(/的[，,；;。]|的?[；;。]?\s*$/);
      return body.slice(0, end < 0 ? body.length : end).replace(FORMULA, '');
    });
    // Items with sums of their own are clauses of their own: each fines its act.
    const itemsFine = items.some((i) => SUM.test(i.text));
    if (itemsFine)
      items.forEach((i, k) => {
        clauses.push(clauseOf(i.start, i.end, [`${main}${itemActs[k]}`], referenceOf(i.text)));
      });
    // A lead into a list names who (施工单位有下列行为之一的): its items are the acts.
    const listed = itemActs.filter((a) => a.length >= 2).map((a) => `${main}${a}`);
    const acts = itemsFine || listed.length === 0 ? own : [...own.slice(1), ...listed];
    clauses.push(
      clauseOf(
        s.start,
        itemsFine ? s.end : (s.items.at(-1)?.end ?? s.end),
        acts,
        referenceOf(itemsFine ? lead : whole),
      ),
    );
  }
  return clauses.sort((a, b) => a.start - b.start);
}

/** Whether every sentence of `text` sanctions: a penalty article, which states no duty of its own. */
function sanctionsOnly(text: string): boolean {
  const sentences = sentencesOf(text);
  return (
    sentences.length > 0 && sentences.every((s) => SANCTIONS.test(text.slice(s.start, s.items.at(-1)?.end ?? s.end)))
  );
}

/** Whether `text` is a penalty article: it has penalty clauses (read once by the caller) and every sentence sanctions. */
export function penaltyOnly(text: string, clauses: readonly PenaltyClause[]): boolean {
  return clauses.length > 0 && sanctionsOnly(text);
}

/** Acts less alike than this are different acts: their fines are not one another's counterparts. */
export const MIN_ACT_DICE = 0.3;

/** How alike two clauses' acts are: the best of their acts and alternatives; an act not stated (处…罚款 alone) is any. */
export function actSimilarity(a: PenaltyClause, b: PenaltyClause): number {
  if (a.acts.length === 0 || b.acts.length === 0) return MIN_ACT_DICE;
  let best = 0;
  for (const x of a.acts) for (const y of b.acts) best = Math.max(best, clauseDice(x, y));
  return best;
}
