/**
 * How strongly the lower article states the duty it shares with the upper one: the two articles are cut into
 * clauses (at 。；: and line ends), the clause pair most alike by the Dice of their character bigrams is the shared
 * duty, and the strongest obligation word of each clause is compared: mandatory (必须, 应当, 应, 须, 要, 不得, 禁止, 严禁, 要求 as a verb) >
 * encouraged (鼓励, 支持, 引导, 推动, 扶持) > permitted (可以). A clause with none states a fact; an enumerated item
 * without a word of its own takes its list's lead-in. Words used as nouns or inside names (引导基金, 按照…要求,
 * 给予扶持, 在…支持下) do not count.
 * Example: compareObligation('本市鼓励高等院校开展培训。县级以上人民政府应当制定职业能力开发计划。',
 * '县级以上人民政府根据市场需求，制定并实施职业能力开发计划。') → { verdict: 'added', lower: { text: '应当', … }, … }:
 * the second lower clause carries the upper one, which states it as a fact.
 */
import type { ChangeSpan, ChangeVerdict } from './change-types.ts';
import { clauseBigrams, clauseDice, MIN_CLAUSE_DICE } from './clause-similarity.ts';
import { segmentWords } from './segment-words.ts';

/** The shared clause's obligation words, each side's clause, and the verdict. */
export interface ObligationChange {
  verdict: ChangeVerdict;
  lower?: ChangeSpan;
  upper?: ChangeSpan;
  /** The two clauses compared. */
  lowerClause: ChangeSpan;
  upperClause: ChangeSpan;
}

const LEVELS: [RegExp, number][] = [
  // 应 alone as in 应予/应按照 (not in 相应, 适应, 供应, 回应, 效应, 应用, 应急 …); 须 alone, not in 必须 (matched first) or
  // 无须; 要求 as a verb, not a noun (按照…要求, 总体要求, 部署要求, 要求是); 要 alone (各部门要…, issue 15: 必须/应当/要 >
  // 鼓励/支持 > 可以), a word of its own as jieba reads it, not in 主要, 需要, 只要. 禁止 and 严禁 forbid as 不得 does, not
  // as an adjective, in a list of them (禁止、淘汰…的) or inside a noun (国家明令禁止的, 禁止区域, 禁止性规定, 禁止行为).
  // 不得 before 少于/超过 bounds a number (不得少于三年, as 不少于三年 does): the quantity comparison reads it.
  [
    /必须|应当|(?<![相适供对反响答理回效呼感顺照])应(?![用急对届聘征收付当])|(?<![无毋必])须(?!知)|不得(?!少于|低于|超过|高于|多于)|(?<!(?:按照|根据|符合|的|有关|相关|总体|部署|基本|具体|主要|目标|任务|工作))要求(?![的，。；、是：:])|(?<![主重需必纲摘只首扼概为])要(?![求素点件是害紧])|(?<!、)(?:禁止|严禁)(?!、|的|性|行为|区域?|内容|目录|名录|清单|事项|标志|令|期|类|范围|规定)/g,
    3,
  ],
  // Not as the object of 给予/予以 or after 的 (给予扶持和援助, 的支持): those are nouns; nor 引导力, 引导基金.
  [/(?<!给予|予以|的)(?:鼓励|支持(?!下)|引导(?![基资力])|推动|扶持)/g, 2],
  [/可以/g, 1],
];

interface Clause {
  span: ChangeSpan;
  level: number;
  word?: ChangeSpan;
  bigrams: Set<string>;
}

/**
 * The strongest obligation word of a clause (the first of that strength). A word counts where jieba starts a word
 * (回应 is one word, so its 应 is none), and 要 only where it is a word alone (各部门/要/加强, not 主要 or 要点).
 */
function strongestWord(span: ChangeSpan): Pick<Clause, 'level' | 'word'> {
  // Segmented on the first match only: most clauses hold no obligation word at all.
  let words: Map<number, string> | undefined;
  for (const [pattern, level] of LEVELS) {
    for (const m of span.text.matchAll(pattern)) {
      words ??= new Map(segmentWords(span.text).map((w) => [w.start, w.word]));
      const word = words.get(m.index!);
      if (word === undefined || (m[0] === '要' && word !== '要')) continue;
      return {
        level,
        word: { text: m[0], start: span.start + m.index!, end: span.start + m.index! + m[0].length },
      };
    }
  }
  return { level: 0 };
}

/** The enacting formula (为了…根据…制定本条例): it says why the text exists, and states no duty to compare. */
const ENACTING = /^为了?.*制定本(?:条例|法|办法|规定|细则|决定|实施办法)$/;

/** An enumerated item: （一）, (1), 一、, 1. */
const ITEM = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/;

/**
 * Clauses of at least four characters, with offsets into `text`. An enumerated item states its duty through the
 * clause that leads into the list (…应当履行下列职责：（一）…): without a word of its own, it takes the lead's.
 */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let listLead: Pick<Clause, 'level' | 'word'> | undefined;
  // Whether the clause starts a line, and whether the line is an item: an item's later sentences (（二）将…列入工程造价。
  // 在施工承包合同中明确…) belong to it and take the lead's word too.
  let lineStart = true;
  let inItem = false;
  for (const m of text.matchAll(/[^。；;：:\n]+[。；;：:\n]?/g)) {
    const raw = m[0].replace(/[。；;：:\n]$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const endsLead = /[：:]$/.test(m[0]);
    if (ITEM.test(body)) inItem = true;
    else if (lineStart) inItem = false;
    if (body.length >= 4 && !ENACTING.test(body)) {
      const span = { text: body, start: m.index! + lead, end: m.index! + lead + body.length };
      const own = strongestWord(span);
      const word = own.level === 0 && listLead && inItem ? listLead : own;
      clauses.push({ span, ...word, bigrams: clauseBigrams(body) });
      if (endsLead) listLead = own;
      else if (!inItem) listLead = undefined;
    }
    lineStart = m[0].endsWith('\n') || text[m.index! + m[0].length] === '\n';
  }
  return clauses;
}

/** The obligation change of the shared clause; undefined when no clause pair is alike enough or neither states a duty. */
export function compareObligation(lowerText: string, upperText: string): ObligationChange | undefined {
  const lower = clausesOf(lowerText);
  const upper = clausesOf(upperText);
  if (lower.length === 0 || upper.length === 0) return undefined;
  let best: { l: Clause; u: Clause; similarity: number } | undefined;
  for (const l of lower)
    for (const u of upper) {
      const similarity = clauseDice(l.bigrams, u.bigrams);
      if (!best || similarity > best.similarity) best = { l, u, similarity };
    }
  if (!best || best.similarity < MIN_CLAUSE_DICE) return undefined;
  const { l, u } = best;
  // Both state the shared clause as fact: nothing to compare.
  if (l.level === 0 && u.level === 0) return undefined;
  const verdict: ChangeVerdict =
    u.level === 0
      ? 'added'
      : l.level === 0
        ? 'dropped'
        : l.level === u.level
          ? 'same'
          : l.level > u.level
            ? 'stricter'
            : 'looser';
  return {
    verdict,
    ...(l.word ? { lower: l.word } : {}),
    ...(u.word ? { upper: u.word } : {}),
    lowerClause: l.span,
    upperClause: u.span,
  };
}
