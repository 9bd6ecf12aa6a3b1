/**
 * Vision goals, and the targets read-targets.ts reads. Example:
 *   '将高新区建成创新驱动发展示范区和高质量发展先行区' → { kind: 'vision', text: (the same) }
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
