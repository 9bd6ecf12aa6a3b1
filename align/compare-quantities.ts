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
import { actSimilarity, MIN_ACT_DICE, type PenaltyClause, penaltyOnly, readPenaltyClauses } from './read-penalties.ts';

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
  /** Fines for acts alike on both sides (the same range first), or for one act (paired however unlike their sentences). */
  fines?: 'acts alike' | 'same act',
  /** Which lower and upper numbers may pair at all. */
  allowed: (a: Quantity, b: Quantity) => boolean = () => true,
) {
  const sameAct = fines === 'same act';
  const lowerRanges = rangesOf(text.lower, lower);
  const upperRanges = rangesOf(text.upper, upper);
  const l = placeQuantities(text.lower, lower);
  const u = placeQuantities(text.upper, upper);
  const candidates: {
    a: Quantity;
    b: Quantity;
    sameRole: boolean;
    sameRange: boolean;
    sameYear: boolean;
    similarity: number;
    order: number;
  }[] = [];
  l.forEach((a, i) =>
    u.forEach((b, j) => {
      // A bare formula (处五千元以上五万元以下罚款) names no act to tell fines apart: it may pair, last.
      // Two fines for one act (read-penalties.ts) are counterparts however unlike the sentences that state them.
      const bare = sameAct || a.sentence.size === 0 || b.sentence.size === 0;
      const similarity = bare ? MIN_CLAUSE_DICE : clauseDice(a.sentence, b.sentence);
      // A floor is no counterpart of a cap, nor a time limit of a notice: only a plain value stands for either.
      const comparable =
        senseOf(a.q) === senseOf(b.q) && (a.q.role === b.q.role || a.q.role === 'exact' || b.q.role === 'exact');
      // The same range on both sides (处二万元以上二十万元以下的罚款) is one fine however unlike its sentences: the act may
      // sit in the other side's list item (有下列行为之一的…：（二）…). It pairs after every pair of the same role alike
      // enough (a floor with a floor), before pairs of a plain value with a bound.
      const range = lowerRanges.get(a.q);
      const sameRange = range !== undefined && range === upperRanges.get(b.q) && a.q.role === b.q.role;
      if (comparable && allowed(a.q, b.q) && (similarity >= MIN_CLAUSE_DICE || sameRange))
        candidates.push({
          a: a.q,
          b: b.q,
          sameRole: a.q.role === b.q.role,
          // Of two fines alike enough, the same range on both sides is the counterpart (批发企业 二万至十万 against
          // 二万至十万, not against 零售 一千至五千).
          sameRange: sameRange && fines !== undefined,
          // Both say 到2022年: that is the counterpart, and a milestone the lower adds (到2020年) is added.
          sameYear: a.q.kind === 'year' && a.q.value === b.q.value,
          similarity: similarity >= MIN_CLAUSE_DICE ? similarity + clauseDice(a.clause, b.clause) : 0,
          order: i * u.length + j,
        });
    }),
  );
  candidates.sort(
    (x, y) =>
      Number(y.sameRole) - Number(x.sameRole) ||
      Number(y.sameRange) - Number(x.sameRange) ||
      Number(y.sameYear) - Number(x.sameYear) ||
      y.similarity - x.similarity ||
      x.order - y.order,
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
        : q.kind === 'year' && !Number.isInteger(q.value)
          ? `${Math.floor(q.value)}-${String(Math.round((q.value % 1) * 100)).padStart(2, '0')}`
          : String(q.value);

/** What the number is: a cap (not a fine's), a minimum period, a time limit … */
const suffix = (q: Quantity) => (q.sense ? ` (${q.sense})` : q.direction === -1 && q.role === 'cap' ? ' (cap)' : '');

/** A sanction's sums: a fine, a multiple or a share (百分之五十以上三倍以下的罚款) of what it is counted on. */
const FINE_KINDS = new Set(['amount', 'multiple', 'share']);

/** The quantities of kind `kind` inside a penalty clause of `clauses`, grouped by clause. */
const finesOf = (quantities: readonly Quantity[], clauses: readonly PenaltyClause[]) =>
  clauses.map((c) =>
    quantities.filter((q) => FINE_KINDS.has(q.kind) && q.span.start >= c.start && q.span.end <= c.end),
  );

/**
 * The fines of two articles, compared act by act: each lower penalty clause with the upper ones that punish an act
 * alike (read-penalties.ts, from MIN_ACT_DICE), the most alike first. An upper clause that fines by reference to the
 * paragraph before (依照前款规定予以处罚) fines that paragraph's sums; one that fines by law (依法予以处罚) names no
 * sum, so a lower sum for its act is added. A lower fine for an act no upper clause punishes is added, never stricter
 * or looser, unless the same range stands on both sides (二万元以上二十万元以下: one fine, the act perhaps worded
 * apart). Upper fines left are dropped, except those of the acts a lower clause fines by reference (依法予以处罚,
 * 依照前款规定): the upper sums for its act apply through it, and only those. When only one article sanctions (a duty against its penalty), fines are not listed.
 */
function pairFines(
  text: { lower: string; upper: string },
  lowerQ: readonly Quantity[],
  upperQ: readonly Quantity[],
  clauses: PenaltyClauses,
): { pairs: [Quantity, Quantity][]; lowerOnly: Quantity[]; upperOnly: Quantity[]; fines: Set<Quantity> } {
  const { lower: lowerClauses, upper: upperClauses } = clauses;
  const lowerFines = finesOf(lowerQ, lowerClauses);
  const upperFines = finesOf(upperQ, upperClauses);
  const fines = new Set([...lowerFines.flat(), ...upperFines.flat()]);
  if (lowerClauses.length === 0 || upperClauses.length === 0) {
    // A duty against a penalty article: the fines are elsewhere on the other side, not added or dropped. An article
    // that states a duty and fines its breach (违反前款规定…处…罚款) against the duty alone adds that fine.
    return clauses.penaltyOnly.lower || clauses.penaltyOnly.upper
      ? { pairs: [], lowerOnly: [], upperOnly: [], fines }
      : { pairs: [], lowerOnly: lowerFines.flat(), upperOnly: upperFines.flat(), fines };
  }
  // The sums an upper clause fines: its own, or those of the clause before it that states some.
  const sumsOf = (j: number): Quantity[] => {
    if (upperClauses[j]!.reference !== 'previous') return upperFines[j]!;
    for (let k = j - 1; k >= 0; k--) if (upperFines[k]!.length > 0) return upperFines[k]!;
    return [];
  };
  const pairs: [Quantity, Quantity][] = [];
  const paired = new Set<Quantity>();
  const pairUp = (
    own: readonly Quantity[],
    sums: readonly Quantity[],
    acts: 'acts alike' | 'same act',
    allowed?: (a: Quantity, b: Quantity) => boolean,
  ) => {
    for (const kind of FINE_KINDS) {
      const matched = pairQuantities(
        text,
        own.filter((q) => q.kind === kind && !paired.has(q)),
        sums.filter((q) => q.kind === kind && !paired.has(q)),
        acts,
        allowed,
      );
      pairs.push(...matched.pairs);
      for (const [a, b] of matched.pairs) {
        paired.add(a);
        paired.add(b);
      }
    }
  };
  // Each lower fine's counterparts: the fines of the upper clauses whose acts are alike, from 0.7 of the best likeness
  // (an act fined by law, 依法予以处罚, at 0.9 is its counterpart, not a fine for another act at 0.35 beside it).
  const counterparts = new Map<Quantity, Set<Quantity>>();
  const inForce = new Set<Quantity>();
  lowerClauses.forEach((clause, i) => {
    const alike = upperClauses
      .map((other, j) => ({ j, similarity: actSimilarity(clause, other) }))
      .filter((o) => o.similarity >= MIN_ACT_DICE)
      .sort((x, y) => y.similarity - x.similarity || x.j - y.j);
    const kept = alike.filter((o) => o.similarity >= alike[0]!.similarity * 0.7);
    // Sums given by reference to the paragraph before stand in a sentence about another act: the act tells.
    for (const { j } of kept)
      if (upperClauses[j]!.reference === 'previous') pairUp(lowerFines[i]!, sumsOf(j), 'same act');
    const sums = new Set(kept.flatMap(({ j }) => upperFines[j]!));
    for (const q of lowerFines[i]!) counterparts.set(q, sums);
    // A clause fining by reference keeps the sums of its counterparts in force, and only theirs.
    if (clause.reference !== undefined) for (const { j } of kept) for (const q of sumsOf(j)) inForce.add(q);
  });
  // Fines for acts alike pair as any two numbers do, by the sentences that state them.
  pairUp(lowerFines.flat(), upperFines.flat(), 'acts alike', (a, b) => counterparts.get(a)?.has(b) === true);
  const left = lowerFines.flat().filter((q) => !paired.has(q));
  // The same range written on both sides is one fine whatever the acts' wording.
  const lowerRanges = rangesOf(text.lower, lowerQ);
  const upperRanges = rangesOf(text.upper, upperQ);
  const upperLeft = () => upperFines.flat().filter((q) => !paired.has(q));
  for (const a of left) {
    const b = upperLeft().find(
      (q) =>
        q.kind === a.kind &&
        q.role === a.role &&
        lowerRanges.get(a) !== undefined &&
        lowerRanges.get(a) === upperRanges.get(q),
    );
    if (!b) continue;
    pairs.push([a, b]);
    paired.add(a);
    paired.add(b);
  }
  return {
    pairs,
    lowerOnly: left.filter((q) => !paired.has(q)),
    upperOnly: upperLeft().filter((q) => !inForce.has(q)),
    fines,
  };
}

/**
 * The penalty clauses of both articles and whether each only sanctions (penaltyOnly), read once per pair: the fines
 * and the obligation check both need them.
 */
export interface PenaltyClauses {
  lower: readonly PenaltyClause[];
  upper: readonly PenaltyClause[];
  penaltyOnly: { lower: boolean; upper: boolean };
}

/** PenaltyClauses of a pair of texts. */
export function penaltyClausesOf(lowerText: string, upperText: string): PenaltyClauses {
  const lower = readPenaltyClauses(lowerText);
  const upper = readPenaltyClauses(upperText);
  return {
    lower,
    upper,
    penaltyOnly: { lower: penaltyOnly(lowerText, lower), upper: penaltyOnly(upperText, upper) },
  };
}

/** The changes of the numbers, kind by kind (amount, share, multiple, year, deadline, count, measure). */
export function compareQuantities(
  lowerText: string,
  upperText: string,
  clauses: PenaltyClauses = penaltyClausesOf(lowerText, upperText),
): ProvisionChange[] {
  const changes: ProvisionChange[] = [];
  const lowerQ = readQuantities(lowerText);
  const upperQ = readQuantities(upperText);
  const text = { lower: lowerText, upper: upperText };
  const penalties = pairFines(text, lowerQ, upperQ, clauses);
  for (const kind of QUANTITY_KINDS) {
    const others = pairQuantities(
      text,
      lowerQ.filter((q) => q.kind === kind && !penalties.fines.has(q)),
      upperQ.filter((q) => q.kind === kind && !penalties.fines.has(q)),
    );
    const ofKind = (q: Quantity) => q.kind === kind;
    const pairs = [...others.pairs, ...penalties.pairs.filter(([a]) => ofKind(a))].sort(
      (x, y) => x[0].span.start - y[0].span.start,
    );
    const lowerOnly = [...others.lowerOnly, ...penalties.lowerOnly.filter(ofKind)].sort(
      (x, y) => x.span.start - y.span.start,
    );
    const upperOnly = [...others.upperOnly, ...penalties.upperOnly.filter(ofKind)].sort(
      (x, y) => x.span.start - y.span.start,
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
