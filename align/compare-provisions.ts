/**
 * What changed between two aligned articles, typed: amounts (元/万元/亿元), shares (%, 百分之…), target years,
 * deadlines (…日/个月内), obligation strength of the clause the two share (必须/应当 > 鼓励/支持 > 可以 > a fact;
 * compare-obligation.ts) and scope (subjects named on one side only). Each change says `stricter | looser | same |
 * added | dropped` from the point of view of those the lower article binds: stricter asks more of them (a higher
 * floor, target or fine, a lower cap, a shorter deadline, an earlier year, a stronger obligation word). Spans are
 * offsets into each text. When the lower article names the upper one (`namesUpper`: 依照个人所得税法第六条…, the pair
 * marked `cited`), the upper article applies by reference, so what only the upper says is not dropped and is left out:
 * the implementing regulation's 第十九条, which defines one term of 第六条第三款, dropped none of 第六条's nine amounts.
 * Example: compareProvisions('…提取不低于百分之七十的比例', '…提取不低于百分之五十的比例') →
 * [{ kind: 'share', verdict: 'stricter', lower: { text: '不低于百分之七十', … }, upper: { text: '不低于百分之五十', … }, … }].
 */
import type { ChangeSpan, ChangeVerdict, ProvisionChange } from './change-types.ts';
import { compareObligation } from './compare-obligation.ts';
import { normalizeVocabulary } from './normalize-vocabulary.ts';
import { foldText } from './fold-text.ts';
import { readChineseNumber } from '../text/index.ts';

/** 1 = a floor or a fine (more is stricter), −1 = a cap (more is looser). */
type Direction = 1 | -1;

interface Quantity {
  kind: 'amount' | 'share' | 'year' | 'deadline';
  value: number;
  direction: Direction;
  span: ChangeSpan;
}

const NUM = '[0-9.]+|[零〇一二两三四五六七八九十百千万亿点]+';
const FLOOR_WORDS = /(不低于|不少于|至少|以上|不得少于)$/;
const CAP_WORDS = /(不超过|不高于|最高|最多|以内|以下|不得超过)$/;

function direction(before: string, after: string, kind: Quantity['kind']): Direction {
  if (kind === 'deadline') return -1;
  if (kind === 'year') return -1;
  if (CAP_WORDS.test(before) || /^(以内|以下)/.test(after)) return -1;
  if (FLOOR_WORDS.test(before) || /^以上/.test(after)) return 1;
  return 1;
}

function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const push = (kind: Quantity['kind'], value: number | undefined, start: number, end: number) => {
    if (value === undefined || Number.isNaN(value)) return;
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 3);
    const lead = /(不低于|不少于|至少|不超过|不高于|最高|最多|不得少于|不得超过)$/.exec(before)?.[0] ?? '';
    found.push({
      kind,
      value,
      direction: direction(before, after, kind),
      span: { text: text.slice(start - lead.length, end), start: start - lead.length, end },
    });
  };
  for (const m of text.matchAll(new RegExp(`(${NUM})(亿元|万元|元)`, 'g'))) {
    const n = readChineseNumber(m[1]!);
    const unit = m[2] === '亿元' ? 1e8 : m[2] === '万元' ? 1e4 : 1;
    push('amount', n === undefined ? undefined : n * unit, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(new RegExp(`百分之(${NUM})|([0-9.]+)%`, 'g'))) {
    push('share', readChineseNumber(m[1] ?? m[2]!), m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(/(?:到|至|在)(\d{4})年/g)) push('year', Number(m[1]), m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(new RegExp(`(${NUM})(个工作日|个月|日|天|年)(?:内|以内|前)`, 'g'))) {
    const n = readChineseNumber(m[1]!);
    const days = m[2] === '个月' ? 30 : m[2] === '年' ? 365 : 1;
    push('deadline', n === undefined ? undefined : n * days, m.index!, m.index! + m[0].length);
  }
  // A minimum period (公示时间不得少于十五日): longer asks more.
  for (const m of text.matchAll(new RegExp(`(不得少于|不少于)(${NUM})(个工作日|个月|日|天)`, 'g'))) {
    const n = readChineseNumber(m[2]!);
    if (n === undefined) continue;
    found.push({
      kind: 'deadline',
      value: n * (m[3] === '个月' ? 30 : 1),
      direction: 1,
      span: { text: m[0], start: m.index!, end: m.index! + m[0].length },
    });
  }
  return found.sort((x, y) => x.span.start - y.span.start);
}

/** Subjects a provision can bind or benefit, in canonical vocabulary (normalize-vocabulary.ts). */
const SUBJECTS = [
  '国有企业',
  '中小企业',
  '企业',
  '研究开发机构',
  '高等学校',
  '医疗卫生机构',
  '事业单位',
  '社会组织',
  '个人',
  '科技人员',
  '中介服务机构',
  '金融机构',
  '保险机构',
  '创业投资机构',
  '农业技术推广机构',
  '行业协会',
];

function subjects(text: string): Map<string, ChangeSpan> {
  const { text: canonical, spanStart, spanEnd } = normalizeVocabulary(foldText(text));
  const found = new Map<string, ChangeSpan>();
  for (const subject of SUBJECTS) {
    const at = canonical.indexOf(subject);
    if (at < 0) continue;
    // 国有企业 and 中小企业 also contain 企业: a subject counts only where no longer one covers it.
    if ([...found.values()].some((s) => s.text.includes(subject))) continue;
    // Whole source words: 科学技术研究开发机构 is one word for 研究开发机构, not its first nine characters.
    const start = spanStart[at]!;
    const end = spanEnd[at + subject.length - 1]! + 1;
    found.set(subject, { text: text.slice(start, end), start, end });
  }
  return found;
}

function verdictOf(lower: number, upper: number, dir: Direction): ChangeVerdict {
  if (lower === upper) return 'same';
  return lower > upper === (dir === 1) ? 'stricter' : 'looser';
}

const show = (q: Quantity) =>
  q.kind === 'share' ? `${q.value}%` : q.kind === 'deadline' ? `${q.value} days` : String(q.value);

/** Typed changes from `upperText` to `lowerText`, quantities paired in order of appearance within each kind. */
export function compareProvisions(
  lowerText: string,
  upperText: string,
  options: { namesUpper?: boolean } = {},
): ProvisionChange[] {
  const changes: ProvisionChange[] = [];
  const lowerQ = quantities(lowerText);
  const upperQ = quantities(upperText);
  for (const kind of ['amount', 'share', 'year', 'deadline'] as const) {
    const l = lowerQ.filter((q) => q.kind === kind);
    const u = upperQ.filter((q) => q.kind === kind);
    for (let i = 0; i < Math.max(l.length, u.length); i++) {
      const a = l[i];
      const b = u[i];
      if (a && b) {
        changes.push({
          kind,
          verdict: verdictOf(a.value, b.value, a.direction),
          lower: a.span,
          upper: b.span,
          detail: `${show(a)} vs ${show(b)}${a.direction === 1 ? '' : ' (cap)'}`,
        });
      } else if (a) changes.push({ kind, verdict: 'added', lower: a.span, detail: `added: ${show(a)}` });
      else if (b) changes.push({ kind, verdict: 'dropped', upper: b.span, detail: `dropped: ${show(b)}` });
    }
  }
  const duty = compareObligation(lowerText, upperText);
  if (duty)
    changes.push({
      kind: 'obligation',
      verdict: duty.verdict,
      ...(duty.lower ? { lower: duty.lower } : {}),
      ...(duty.upper ? { upper: duty.upper } : {}),
      detail: `${duty.lower?.text ?? '—'} vs ${duty.upper?.text ?? '—'}`,
    });
  const ls = subjects(lowerText);
  const us = subjects(upperText);
  for (const [subject, span] of ls)
    if (!us.has(subject)) changes.push({ kind: 'scope', verdict: 'added', lower: span, detail: `added: ${subject}` });
  for (const [subject, span] of us)
    if (!ls.has(subject))
      changes.push({ kind: 'scope', verdict: 'dropped', upper: span, detail: `dropped: ${subject}` });
  return options.namesUpper ? changes.filter((c) => c.verdict !== 'dropped') : changes;
}
