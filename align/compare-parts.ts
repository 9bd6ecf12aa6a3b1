/**
 * The targets two documents state in their parts, compared. A plan often states its targets as the text under a
 * heading (一、总体要求 …到2020年,PM2.5浓度比2015年下降18%以上), with no numbered item, so no aligned article pair carries
 * them. Rule: a part whose own text names a target year (到2020年: a `year` of read-quantities.ts) is compared with its
 * counterpart in the other document — the part under the same heading (folded, label aside: 總體要求 = 总体要求), else
 * the part whose statement names most of those years, then fewest other years, then the shortest (the one about its
 * targets, not a list of tasks with their deadlines). A part's statement is its own text and its articles' (heading。text), one a line. Numbers only
 * (compare-quantities.ts); obligation and scope are the aligned articles' matter. Two parts holding only articles are
 * left to the article alignment.
 * Example: compareParts([{ id: 'l#p1', heading: '总体要求', text: '到2020年,PM2.5浓度下降18%以上。', articles: [] }],
 *   [{ id: 'u#p1', heading: '總體要求', articles: [{ heading: '', text: '(二)目標指標。經過3年努力…' }] }]) →
 * [{ lowerId: 'l#p1', upperId: 'u#p1', pairedBy: 'heading', changes: [{ kind: 'share', verdict: 'added', … }, …], … }].
 */
import type { ProvisionChange } from './change-types.ts';
import { compareQuantities } from './compare-quantities.ts';
import { foldText } from './fold-text.ts';
import { readQuantities } from './read-quantities.ts';

/** A part as the comparison reads it: its heading, its own text (before its first article) and its articles. */
export interface PartStatement {
  id: string;
  heading: string;
  text?: string | null;
  articles: readonly { heading?: string | null; text?: string | null }[];
}

/** Two parts compared: what each states (the texts the spans count in) and how their numbers differ. */
export interface PartComparison {
  lowerId: string;
  upperId: string;
  /** `heading`: the two stand under the same heading; `year`: the other part names a target year of the one. */
  pairedBy: 'heading' | 'year';
  lowerText: string;
  upperText: string;
  changes: ProvisionChange[];
}

/** Own text and articles, one a line: what a part states. */
export function partStatement(part: PartStatement): string {
  const articles = part.articles.map((a) => (a.heading ? `${a.heading}。${a.text ?? ''}` : (a.text ?? '')));
  return [part.text ?? '', ...articles].filter((line) => line !== '').join('\n');
}

const headingKey = (heading: string) => foldText(heading).replace(/[\s\p{P}]/gu, '');

const yearsOf = (text: string) => new Set(readQuantities(text).flatMap((q) => (q.kind === 'year' ? [q.value] : [])));

/** Whether rank `a` comes before rank `b`, position by position. */
const before = (a: readonly number[], b: readonly number[]): boolean => {
  const at = a.findIndex((x, i) => x !== b[i]);
  return at >= 0 && a[at]! < b[at]!;
};

/** The counterpart of `part` (whose own text names `years`) among `others`, or undefined. */
function counterpartOf(
  part: PartStatement,
  years: ReadonlySet<number>,
  others: readonly PartStatement[],
  read: ReadonlyMap<PartStatement, { statement: string; key: string; years: ReadonlySet<number> }>,
): { part: PartStatement; by: PartComparison['pairedBy'] } | undefined {
  const key = read.get(part)!.key;
  const same = key === '' ? undefined : others.find((o) => read.get(o)!.key === key);
  if (same) return { part: same, by: 'heading' };
  // The part naming most of those years, then fewest others (a task list names its deadlines too), then the shortest.
  let best: { part: PartStatement; rank: [number, number, number] } | undefined;
  for (const other of others) {
    const { statement, years: theirs } = read.get(other)!;
    const named = [...theirs];
    const shared = named.filter((y) => years.has(y)).length;
    if (shared === 0) continue;
    const rank: [number, number, number] = [-shared, named.length - shared, statement.length];
    if (!best || before(rank, best.rank)) best = { part: other, rank };
  }
  return best ? { part: best.part, by: 'year' } : undefined;
}

/** The part pairs of a lower and an upper document whose targets are compared, in the lower document's order. */
export function compareParts(lower: readonly PartStatement[], upper: readonly PartStatement[]): PartComparison[] {
  // Keyed by the part itself: both documents may number their parts alike (p1, p2 …).
  // Each part's statement, heading key and years, read once: every part of one side is set against every other.
  const read = new Map(
    [...lower, ...upper].map((p) => {
      const statement = partStatement(p);
      return [p, { statement, key: headingKey(p.heading), years: yearsOf(statement) }] as const;
    }),
  );
  const found = new Map<string, { lower: PartStatement; upper: PartStatement; by: PartComparison['pairedBy'] }>();
  const anchor = (part: PartStatement, others: readonly PartStatement[], side: 'lower' | 'upper') => {
    const years = yearsOf(part.text ?? '');
    if (years.size === 0) return;
    const other = counterpartOf(part, years, others, read);
    if (!other) return;
    const pair =
      side === 'lower'
        ? { lower: part, upper: other.part, by: other.by }
        : { lower: other.part, upper: part, by: other.by };
    const key = `${lower.indexOf(pair.lower)}\n${upper.indexOf(pair.upper)}`;
    if (!found.has(key)) found.set(key, pair);
  };
  for (const part of lower) anchor(part, upper, 'lower');
  for (const part of upper) anchor(part, lower, 'upper');
  const at = (list: readonly PartStatement[], part: PartStatement) => list.indexOf(part);
  return [...found.values()]
    .sort((a, b) => at(lower, a.lower) - at(lower, b.lower) || at(upper, a.upper) - at(upper, b.upper))
    .map(({ lower: l, upper: u, by }) => {
      const lowerText = read.get(l)!.statement;
      const upperText = read.get(u)!.statement;
      return {
        lowerId: l.id,
        upperId: u.id,
        pairedBy: by,
        lowerText,
        upperText,
        changes: compareQuantities(lowerText, upperText),
      };
    });
}
