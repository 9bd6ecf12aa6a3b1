/**
 * Composes the sentences of policy articles from the vocabulary, and paraphrases them the way a lower tier does.
 * Example: freshSentence(r, '柳州市') → '围绕主导产业链，支持骨干企业建设中试基地，加速科技成果产业化。'
 */
import type { Random } from './seeded-random.ts';
import {
  ACTIONS,
  LEAD_INS,
  METRICS,
  MODIFIERS,
  SENTENCE_LEADS,
  OBJECTS,
  OBLIGATIONS,
  PURPOSES,
  SUBJECTS,
  SYNONYMS,
} from './vocabulary.ts';

/** A run-in heading: 加快建设技术创新中心 (no 。). */
export function freshHeading(r: Random): string {
  return `${r.pick(LEAD_INS)}${r.pick(ACTIONS)}${r.pick(OBJECTS)}`;
}

/** One sentence of an article body, ending in 。. `place` names the jurisdiction for targets. */
export function freshSentence(r: Random, place: string, year: number): string {
  const kind = r.next();
  if (kind < 0.5) {
    return `${r.pick(MODIFIERS)}，${r.pick(SENTENCE_LEADS)}${r.pick(SUBJECTS)}${r.pick(ACTIONS)}${r.pick(OBJECTS)}，${r.pick(PURPOSES)}。`;
  }
  if (kind < 0.7) return moneySentence(r);
  if (kind < 0.82) {
    const m = r.pick(METRICS);
    const value = m.unit === '%' ? r.int(2, 45) : r.int(5, 500);
    return `到${year + r.int(2, 5)}年，${place === '中华人民共和国' ? '全国' : place}${m.metric}达到${value}${m.unit}${r.pick(['以上', '左右', ''])}。`;
  }
  return `${r.pick(SUBJECTS)}${r.pick(OBLIGATIONS)}${r.pick(ACTIONS)}${r.pick(OBJECTS)}，${r.pick(PURPOSES)}。`;
}

/** A sentence naming money: 给予1000万元财政资金补助, 最高不超过500万元, 分别给予50万元、10万元, 一事一议. */
export function moneySentence(r: Random): string {
  const who = `${r.pick(['新认定的', '新获批的', '首次入选的', '年度考核优秀的'])}${r.pick(OBJECTS)}`;
  const form = r.int(0, 3);
  if (form === 0) return `对${who}，给予${r.int(1, 20) * 50}万元财政资金补助。`;
  if (form === 1) return `对${who}，按实际投入的${r.int(1, 5) * 10}%给予补助，最高不超过${r.int(1, 10) * 100}万元。`;
  if (form === 2) return `对${who}，分别给予${r.int(5, 10) * 10}万元、${r.int(1, 4) * 10}万元奖励。`;
  return `对${who}，采取“一事一议”方式给予支持。`;
}

/** Swaps synonyms and may change amounts: how a lower tier rewrites an upper sentence. Never returns it unchanged. */
export function paraphrase(sentence: string, r: Random): string {
  let out = sentence;
  for (const [a, b] of SYNONYMS) {
    if (out.includes(a) && r.chance(0.7)) out = out.split(a).join(b);
    else if (out.includes(b) && r.chance(0.3)) out = out.split(b).join(a);
  }
  out = out.replace(
    /(\d+)万元/g,
    (_, n: string) => `${Math.max(1, Math.round(Number(n) * r.pick([0.5, 0.8, 1, 1.2])))}万元`,
  );
  if (out === sentence)
    out = sentence.startsWith('对')
      ? `${r.pick(['同时，', '此外，', '另外，'])}${sentence}`
      : `${r.pick(['进一步', '切实', '着力'])}${sentence}`;
  return out;
}

/** Paraphrases a heading (no amounts, keeps it short). */
export function paraphraseHeading(heading: string, r: Random): string {
  let out = heading;
  for (const [a, b] of SYNONYMS) if (out.includes(a) && r.chance(0.6)) out = out.split(a).join(b);
  return out;
}
