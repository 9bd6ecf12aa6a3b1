/**
 * Sums of money in an article. Examples:
 *   '对新获批的国家高新区给予1000万元财政资金补助' → { text: '给予1000万元财政资金补助', amountYuan: 10000000,
 *     maxYuan: 10000000, capped: false, caseByCase: false, condition: '对新获批的国家高新区' }
 *   '达到补助条件的给予最高不超过500万元财政资金补助' → capped, maxYuan 5000000;
 *   '分别给予50万元、10万元' → two sums; '3万元-5万元' → amountYuan 30000, maxYuan 50000; '一事一议' → caseByCase.
 */
import type { MoneyAmount } from '../../model/index.ts';
import { foldWidth } from '../../text/index.ts';

const UNIT: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };
const AMOUNT = /(\d+(?:\.\d+)?)\s*(万元|亿元|元)?\s*(?:[-—~～至到]\s*(\d+(?:\.\d+)?)\s*)?(万元|亿元|元)/g;
const CAP = /最高不超过|最高不超|不超过|最高|最多|封顶|以内|上限/;
const TRIGGER = /给予|奖励|资助|补贴|补助|扶持|安排|支持/g;

/** Reads every sum of money (and 一事一议) from a text, clause by clause. */
export function readMoney(text: string): MoneyAmount[] {
  const out: MoneyAmount[] = [];
  for (const clause of foldWidth(text).split(/[。;；\n]/)) {
    const triggers = [...clause.matchAll(TRIGGER)];
    const condition = /(?:^|[,，])\s*(对.+?)(?:[,，]\s*)?(?=给予|奖励|资助|一次性)/
      .exec(clause)?.[1]
      ?.replace(/[,，]?\s*(?:择优|分别|按规定|可|将)?$/, '');
    for (const m of clause.matchAll(AMOUNT)) {
      const index = m.index ?? 0;
      const lowUnit = UNIT[m[2] ?? m[4] ?? '元']!;
      const highUnit = UNIT[m[4] ?? '元']!;
      const low = Number(m[1]) * (m[3] ? lowUnit : highUnit);
      const high = m[3] ? Number(m[3]) * highUnit : low;
      // The last trigger word before the amount starts the phrase: 达到补助条件的给予最高不超过500万元 → 给予….
      const trigger = triggers.filter((t) => (t.index ?? 0) < index).at(-1);
      // 研发投入超过500万元的企业: a threshold, not a sum granted.
      if (!trigger && /(?:超过|达到|高于|低于|不低于|投入|以上)\s*$/.test(clause.slice(Math.max(0, index - 4), index)))
        continue;
      const triggerAt = trigger ? (trigger.index ?? 0) : index;
      const start = clause.slice(triggerAt - 2, triggerAt) === '给予' ? triggerAt - 2 : triggerAt;
      const tail = /^[^,，、]*/.exec(clause.slice(index + m[0].length))?.[0] ?? '';
      const money: MoneyAmount = {
        text: clause.slice(start, index + m[0].length) + tail,
        amountYuan: Math.round(low),
        maxYuan: Math.round(high),
        capped:
          CAP.test(clause.slice(trigger ? start : Math.max(0, index - 8), index)) || /以内|以下/.test(tail.slice(0, 3)),
        caseByCase: false,
      };
      if (condition) money.condition = condition;
      out.push(money);
    }
    if (/一事一议/.test(clause))
      out.push({ text: '一事一议', capped: false, caseByCase: true, ...(condition ? { condition } : {}) });
  }
  return out;
}
