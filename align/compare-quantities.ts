/**
 * The numbers two aligned articles state, compared: each number of the lower article (read-quantities.ts) paired with
 * the number of the same kind in the most alike sentence of the upper one, and each pair's verdict for those the lower
 * article binds; a number with no counterpart is added or dropped.
 * Example: compareQuantities('处二万元以上十万元以下罚款', '处一万元以上十万元以下罚款') →
 * [{ kind: 'amount', verdict: 'stricter', detail: '20000 vs 10000', … }, { kind: 'amount', verdict: 'same', … }].
 */
import type { ChangeVerdict, ProvisionChange } from './change-types.ts';
import { clauseBigrams, clauseDice, MIN_CLAUSE_DICE } from './clause-similarity.ts';
import { QUANTITY_KINDS, readQuantities, type Quantity } from './read-quantities.ts';

/** A quantity with the bigrams of its own clause and of its sentence up to it, the numbers being paired left out. */
interface Placed {
  q: Quantity;
  clause: Set<string>;
  sentence: Set<string>;
}

/**
 * The formula every penalty clause repeats (违反本条例规定…由…部门责令改正…处…以上…以下罚款): it tells no act and no one,
 * so two fines for different acts do not look alike by it.
 */
const PENALTY_FORMULA = new RegExp(
  [
    '违反本(?:条例|法|规定|办法|决定)(?:的)?(?:规定|第[^，。；]{1,12}条)?(?:规定)?',
    '由[^，。；]{0,24}?(?:部门|机关|机构|人民政府)(?:依法|按照职责)?',
    '责令(?:其)?(?:限期)?(?:改正|停止违法行为|拆除|恢复原状|整改)?',
    '(?:逾期不改正|逾期未改正|拒不改正|情节严重)的',
    '没收违法所得',
    '(?:并|可以|可)?处以?',
    '(?:的)?罚款',
    '以上|以下',
  ].join('|'),
  'g',
);

/** Text[start, end) without its quantities and without the penalty formula. */
function contextOf(text: string, start: number, end: number, quantities: readonly Quantity[]): string {
  let out = text.slice(start, end);
  for (const q of quantities)
    if (q.span.start >= start && q.span.end <= end)
      out = out.slice(0, q.span.start - start) + ' '.repeat(q.span.end - q.span.start) + out.slice(q.span.end - start);
  return out.replace(PENALTY_FORMULA, ' ');
}

/**
 * A fine's sentence names the act it punishes (违反…的，…处…罚款) and its clause whom (对单位处…，对个人处…): the clause runs
 * from the previous to the next ，。；, the sentence from its start (。 or a line end) to the clause's end.
 */
function placeQuantities(text: string, quantities: readonly Quantity[]): Placed[] {
  const back = (at: number, stop: RegExp) => {
    while (at > 0 && !stop.test(text[at - 1]!)) at--;
    return at;
  };
  return quantities.map((q) => {
    let end = q.span.end;
    while (end < text.length && !/[，,。；;\n]/.test(text[end]!)) end++;
    const clauseStart = back(q.span.start, /[，,。；;\n]/);
    const sentenceStart = back(q.span.start, /[。\n]/);
    return {
      q,
      clause: clauseBigrams(contextOf(text, clauseStart, end, quantities)),
      sentence: clauseBigrams(contextOf(text, sentenceStart, end, quantities)),
    };
  });
}

/**
 * The ranges a text writes as one expression (二万元以上二十万元以下, 五百元至二千元): its floor and its cap, each keyed by
 * both values, so that the same range on the other side can be found.
 */
function rangesOf(text: string, quantities: readonly Quantity[]): Map<Quantity, string> {
  const ranges = new Map<Quantity, string>();
  quantities.forEach((floor, i) => {
    const cap = quantities[i + 1];
    if (!cap || floor.role !== 'floor' || cap.role !== 'cap' || floor.sense !== cap.sense) return;
    if (!/^(?:以上)?(?:至|到|－|-|～|~)?$/.test(text.slice(floor.span.end, cap.span.start))) return;
    const key = `${floor.value}-${cap.value}`;
    ranges.set(floor, key);
    ranges.set(cap, key);
  });
  return ranges;
}

/** How a time counts, with 不得超过十二小时 and 二十四小时内 both a longest time allowed (a term of office is neither). */
const senseOf = (q: Quantity) => (q.sense === 'at most' ? 'time limit' : q.sense);

/**
 * Counterparts of one kind, one to one: a floor with a floor and a cap with a cap before a plain value with either
 * (never a floor with a cap), then the pair whose sentences and clauses are most alike. Two numbers whose sentences
 * are less alike than MIN_CLAUSE_DICE are no counterparts (a fine for another act), unless both belong to the same
 * range written on each side (二万元以上二十万元以下): those pair last. What is left stands on one side only, added or
 * dropped.
 */
function pairQuantities(
  text: { lower: string; upper: string },
  lower: readonly Quantity[],
  upper: readonly Quantity[],
) {
  const lowerRanges = rangesOf(text.lower, lower);
  const upperRanges = rangesOf(text.upper, upper);
  const l = placeQuantities(text.lower, lower);
  const u = placeQuantities(text.upper, upper);
  const candidates: { a: Quantity; b: Quantity; sameRole: boolean; similarity: number; order: number }[] = [];
  l.forEach((a, i) =>
    u.forEach((b, j) => {
      // A bare formula (处五千元以上五万元以下罚款) names no act to tell fines apart: it may pair, last.
      const bare = a.sentence.size === 0 || b.sentence.size === 0;
      const similarity = bare ? MIN_CLAUSE_DICE : clauseDice(a.sentence, b.sentence);
      // A floor is no counterpart of a cap, nor a time limit of a notice: only a plain value stands for either.
      const comparable =
        senseOf(a.q) === senseOf(b.q) && (a.q.role === b.q.role || a.q.role === 'exact' || b.q.role === 'exact');
      // The same range on both sides (处二万元以上二十万元以下的罚款) is one fine however unlike its sentences: the act may
      // sit in the other side's list item (有下列行为之一的…：（二）…). It pairs after every pair of the same role alike
      // enough (a floor with a floor), before pairs of a plain value with a bound.
      const range = lowerRanges.get(a.q);
      const sameRange = range !== undefined && range === upperRanges.get(b.q) && a.q.role === b.q.role;
      if (comparable && (similarity >= MIN_CLAUSE_DICE || sameRange))
        candidates.push({
          a: a.q,
          b: b.q,
          sameRole: a.q.role === b.q.role,
          similarity: similarity >= MIN_CLAUSE_DICE ? similarity + clauseDice(a.clause, b.clause) : 0,
          order: i * u.length + j,
        });
    }),
  );
  candidates.sort(
    (x, y) => Number(y.sameRole) - Number(x.sameRole) || y.similarity - x.similarity || x.order - y.order,
  );
  const pairs: [Quantity, Quantity][] = [];
  const takenLower = new Set<Quantity>();
  const takenUpper = new Set<Quantity>();
  for (const { a, b } of candidates) {
    if (takenLower.has(a) || takenUpper.has(b)) continue;
    takenLower.add(a);
    takenUpper.add(b);
    pairs.push([a, b]);
  }
  pairs.sort((x, y) => x[0].span.start - y[0].span.start);
  return {
    pairs,
    lowerOnly: lower.filter((a) => !takenLower.has(a)),
    upperOnly: upper.filter((b) => !takenUpper.has(b)),
  };
}

function verdictOf(lower: number, upper: number, dir: 1 | -1): ChangeVerdict {
  if (lower === upper) return 'same';
  return lower > upper === (dir === 1) ? 'stricter' : 'looser';
}

const show = (q: Quantity) =>
  q.kind === 'share'
    ? `${q.value}%`
    : q.kind === 'multiple'
      ? `${q.value}×`
      : q.kind === 'deadline'
        ? q.workingDays !== undefined
          ? `${q.workingDays} working days`
          : `${q.value} days`
        : String(q.value);

/** What the number is: a cap (not a fine's), a minimum period, a time limit … */
const suffix = (q: Quantity) => (q.sense ? ` (${q.sense})` : q.direction === -1 && q.role === 'cap' ? ' (cap)' : '');

/** The changes of the numbers, kind by kind (amount, share, multiple, year, deadline, count, measure). */
export function compareQuantities(lowerText: string, upperText: string): ProvisionChange[] {
  const changes: ProvisionChange[] = [];
  const lowerQ = readQuantities(lowerText);
  const upperQ = readQuantities(upperText);
  for (const kind of QUANTITY_KINDS) {
    const { pairs, lowerOnly, upperOnly } = pairQuantities(
      { lower: lowerText, upper: upperText },
      lowerQ.filter((q) => q.kind === kind),
      upperQ.filter((q) => q.kind === kind),
    );
    for (const [a, b] of pairs)
      changes.push({
        kind,
        verdict: verdictOf(a.value, b.value, a.direction),
        lower: a.span,
        upper: b.span,
        detail: `${show(a)} vs ${show(b)}${suffix(a)}`,
      });
    for (const a of lowerOnly)
      changes.push({ kind, verdict: 'added', lower: a.span, detail: `added: ${show(a)}${suffix(a)}` });
    for (const b of upperOnly)
      changes.push({ kind, verdict: 'dropped', upper: b.span, detail: `dropped: ${show(b)}${suffix(b)}` });
  }
  return changes;
}
