/**
 * Vision goals and quantified targets. Examples:
 *   '将高新区建成创新驱动发展示范区和高质量发展先行区' → { kind: 'vision', text: (the same) }
 *   '到2025年,建成国家高新区10个以上' → { kind: 'target', year: 2025, metric: '建成国家高新区', value: 10, unit: '个',
 *     qualifier: '以上' }; '研发投入强度达到3.5%左右' (in a sentence with 到2025年) → value 3.5, unit '%', qualifier '左右'.
 * A target needs a number: '营业收入超万亿元' → value 10000, unit 亿元; '走出一条…之路' (一 as an article) and the 万 of
 * '30亿棒(万亩)' (a unit in brackets) are none. Targets are read in read-targets.ts.
 */
import type { Goal } from '../../model/index.ts';
import type { GoalContext } from './read-target-years.ts';
import { readTargets } from './read-targets.ts';

export type { GoalContext } from './read-target-years.ts';

const VISION_WITH_SUBJECT =
  /将[^,，。;；:：]{1,20}?(?:建成|建设成为|建设成|建设为|打造成为|打造成|打造为)[^,，。;；:：]+/g;
const VISION = /(?:努力|加快|力争)?(?:建设成为|打造成为|打造为)[^,，。;；:：]+/g;

/** Reads vision goals and targets of one text (a preamble, a part's text or an article). */
export function readGoals(text: string, context: GoalContext = {}): Goal[] {
  const goals: Goal[] = [];
  const at = context.articlePath ? { articlePath: context.articlePath } : {};
  const spans: [number, number][] = [];
  for (const m of text.matchAll(VISION_WITH_SUBJECT)) {
    spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    goals.push({ kind: 'vision', text: m[0].trim(), ...at });
  }
  for (const m of text.matchAll(VISION)) {
    if (spans.some(([a, b]) => (m.index ?? 0) >= a && (m.index ?? 0) < b)) continue;
    // 建设成为“广西副中心城市”的战略目标 → the vision without the words that name it a goal.
    goals.push({ kind: 'vision', text: m[0].trim().replace(/的(?:战略|发展|奋斗)?目标(?:任务)?$/, ''), ...at });
  }
  goals.push(...readTargets(text, context));
  return goals;
}
