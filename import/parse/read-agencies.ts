/**
 * The responsibility bracket at the end of an article → lead and cooperating agencies, expanded. Example (Liuzhou):
 *   '…融合。(牵头单位:市科技局;配合单位:市发展改革委、工业和信息化局、财政局等,各县区人民政府、新区管委会)'
 *   → text without the bracket; lead [柳州市科学技术局]; cooperating [柳州市发展和改革委员会, 柳州市工业和信息化局,
 *     柳州市财政局, 各县区人民政府 (collective), 柳州市柳东新区管理委员会].
 * A prefix before the first item of a 、-list applies to all its items; 等 ends the list; commas start a new list.
 * The national style names the agencies and then their duty: '（工业和信息化部、发展改革委、科技部等负责。列第一位者为
 * 牵头单位，下同）' → lead [工业和信息化部], cooperating [发展改革委, 科技部], and the rule holds for every later bracket
 * of the document; '（农业农村部、工业和信息化部牵头负责）' → both lead; '（各省级人民政府负责）' → lead, a collective;
 * '(市发展改革委、市人力资源社会保障局牵头,市委组织部、市教育局参加)' → both lead, the others (参加, 配合) cooperate.
 * Notes in the bracket are no agencies and stay in the text: '（负责部门：海关总署，适用范围：福建自贸试验区）' → lead
 * [海关总署], text '…（适用范围：福建自贸试验区）'; a colon label other than a responsibility label starts a note, and an
 * item that names no organ ('2021年底前完成', '以下除标注…的措施外') is one.
 */
import type { AgencyRef } from '../../model/index.ts';
import { foldWidth } from '../../text/index.ts';
import { DUTY_MANNER, LEAD_DUTIES, PART_DUTIES } from './duty-words.ts';
import { resolveAgency, type AgencyContext } from './resolve-agency.ts';

/** Agencies read from an article, the text left without the bracket, and names the gazetteer does not know. */
export interface ArticleAgencies {
  text: string;
  lead: AgencyRef[];
  cooperating: AgencyRef[];
  unknown: string[];
  /** The bracket as written, when there was one. */
  bracket?: string;
  /** The bracket states that the first-listed agency leads (列第一位者为牵头单位), for it and (下同) later ones. */
  firstListedLeads?: boolean;
}

/** What earlier brackets of the document have ruled. */
export interface AgencyRules {
  /** 列第一位者为牵头单位，下同: in a list of agencies that are 负责, the first leads, the others cooperate. */
  firstListedLeads?: boolean;
}

const LABEL_WORDS =
  '牵头责任单位|协同责任单位|配合责任单位|主要责任单位|牵头单位|牵头部门|责任单位|责任部门|负责单位|负责部门|主责单位|配合单位|配合部门|协办单位|协助单位|参与单位|参加单位|协同单位';
const LABEL = new RegExp(`(${LABEL_WORDS})\\s*[:：]?`, 'g');
// A label's role: those that work with the lead (协同责任单位 is no lead for its 责任).
const COOPERATING_LABEL = /协同|配合|协办|协助|参与|参加/;
const LEADING_LABEL = new RegExp(`^\\s*(?:${LABEL_WORDS})\\s*[:：]\\s*`);
const DIVISION_LABEL = /^\s*(?:部门|责任|任务)分工\s*[:：]/;

/**
 * A line that is a label and its organs (牵头单位:区发改局), or a division of work (部门分工:省发展改革委牵头,…), as the
 * bracket it stands for; undefined for any other line.
 */
export function labelLineAsBracket(line: string): string | undefined {
  if (!LEADING_LABEL.test(line) && !DIVISION_LABEL.test(line)) return undefined;
  // A label defined (责任单位：指承担具体任务的部门和单位。) names no organ.
  const content = line.replace(LEADING_LABEL, '').replace(DIVISION_LABEL, '');
  if (/^\s*(?:指|是|即|系)|的/.test(content)) return undefined;
  return `(${line.replace(DIVISION_LABEL, '').replace(/[。\s]+$/, '')})`;
}
// National style: the agencies, then their duty, then perhaps the rule of the document (列第一位者为牵头单位，下同) or
// the agencies that take part (市发展改革委、市人力资源社会保障局牵头,市委组织部、市教育局参加).
const DUTY = new RegExp(`^(.+?)(?:${DUTY_MANNER})?(${LEAD_DUTIES.join('|')})(?:\\s*[。.;,]\\s*(.*))?$`);
const FIRST_LEADS = /(?:列|排在?)第一位(?:者|的)?(?:部门|单位)?为牵头(?:单位|部门)/;
const OPENERS: Record<string, string> = { '(': ')', '〔': '〕', '【': '】', '[': ']' };
const AGENCY_END = /(?:政府|厅|局|委|办|部|院|会|署|中心|管委会|单位|银行|总社|联|团中央)$/;
// What an organ's name ends with, more widely (人民银行, 中国铁路总公司, 供销合作总社, 领导小组办公室, 有关部门).
const ORGAN_END =
  /(?:政府|党委|厅|局|委|办|部|部门|院|会|署|中心|单位|机构|机关|公司|集团|企业|行|社|联|中央|室|组|所|站|队|处|科|司|校|高校|开发区|高新区|新区|海关)$/;
// The members of a group (领导小组成员单位, 指挥部成员单位) are no one body.
const MEMBERS = /成员单位$/;
// A list's bare 有关部门 (省直有关部门和各市人民政府, 国务院相关部门及各地区) names no body either.
const NO_BODY = /^[\u4e00-\u9fff]{0,6}?(?:有关|相关)(?:单位|部门)$/;
const EXAMPLES = /^\s*(?:如|例如|比如|诸如|包括|含|其中|成员单位)/;
// A label in the bracket that is no responsibility label (适用范围：, 完成时限：): a note starts there.
const NOTE_LABEL = /[\u4e00-\u9fff]{2,10}\s*[:：]/;

// 教育部会同有关部门负责: the organ named, with others it works with (会同 B: B in the list; 有关部门 names none).
const TOGETHER_WITH = /会同(?:(?:其他|各)?(?:有关|相关)(?:部门|单位)(?:[和及](?:部门|单位))?)?/g;

/** A duty's organs: those it names first, and those they work with (A会同B: B cooperates). */
function togetherWith(written: string): { main: string; with: string } {
  const [main = '', ...others] = written.replace(TOGETHER_WITH, (m) => (m === '会同' ? '会同' : '')).split('会同');
  return { main, with: others.join('、') };
}

const DUTY_AT_END = new RegExp(`^(.+?)(?:${DUTY_MANNER})?(${[...LEAD_DUTIES, ...PART_DUTIES].join('|')})$`);

/**
 * What follows a bracket's first duty, as organs and their duty: clauses are gathered until one closes with a duty
 * (…指导，各地级以上市人民政府负责 → 各地级以上市人民政府 负责; 各有关部门和单位，各省级人民政府按职责分工负责 → both
 * 负责); clauses closing with none (列第一位者为牵头单位, 下同) are no organs.
 */
function dutiesAfter(rest: string): { list: string; duty: string }[] {
  const out: { list: string; duty: string }[] = [];
  let pending = '';
  for (const clause of rest.split(/[,;。]/).map((c) => c.trim())) {
    if (clause === '') continue;
    pending = pending === '' ? clause : `${pending}、${clause}`;
    const m = DUTY_AT_END.exec(pending);
    if (m) {
      out.push({ list: m[1]!, duty: m[2]! });
      pending = '';
    }
  }
  return out;
}

/** The national style's list and duty ('A、B等负责。…'), when every listed item reads as an agency. */
function dutyOf(inner: string): RegExpExecArray | undefined {
  // A lead's label before a duty (责任单位:省发展改革委、…按职责分工负责) is no organ of the list.
  const duty = DUTY.exec(inner.replace(LEADING_LABEL, '').replace(/^(?:具体)?由/, ''));
  if (!duty) return undefined;
  const { main, with: partners } = togetherWith(duty[1] ?? '');
  const items = [main, partners]
    .join(',')
    .split(',')
    .flatMap(itemsOf)
    .map((s) => s.replace(/等$/, ''));
  return items.length > 0 && items.every((s) => AGENCY_END.test(s) || s.startsWith('各')) ? duty : undefined;
}

/**
 * One group of a list (no commas) as its items: 、 parts them; 等 ends the list, or joins a collective to it
 * (商务部、扶贫办等和各有关省级人民政府), and what it closes names no body (等有关部门和单位, 等省直有关部门和各市人民政府,
 * 等国务院相关部门及各地区); a collective over places stays one (各州、市人民政府).
 */
function itemsOf(group: string): string[] {
  return joinCollectives(
    group
      .replace(/[。\s]/g, '')
      .replace(/等(?:(?:有关|相关)?(?:单位|部门)(?:[和及](?:单位|部门))?)?$/, '')
      .replace(/(?:和|及|以及|与)(?=各)/g, '、')
      .replace(/等(?:[\u4e00-\u9fff]{0,6}?(?:有关|相关)?(?:单位|部门))?(?=、)/g, '')
      .split('、')
      .filter((s) => s !== ''),
  );
}

/**
 * Finds the last bracket of the text that holds responsibility labels (or only agency names); `end` is the text's
 * length when a cut copy left it open.
 */
function findBracket(folded: string): { start: number; end: number } | undefined {
  const lastText = folded.replace(/[。\s]+$/, '').length - 1;
  for (let end = folded.length - 1; end >= 0; end--) {
    const close = folded[end]!;
    if (!Object.values(OPENERS).includes(close)) continue;
    let depth = 0;
    for (let start = end; start >= 0; start--) {
      const ch = folded[start]!;
      if (ch === close) depth++;
      else if (OPENERS[ch] === close && --depth === 0) {
        const inner = folded.slice(start + 1, end);
        // Examples or members in brackets (如工商银行、农业银行; 成员单位包括…) are text, not who is responsible.
        if (EXAMPLES.test(inner)) break;
        if (end >= lastText && dutyOf(inner)) return { start, end };
        if (new RegExp(LABEL.source).test(inner)) return { start, end };
        const items = inner.split(/[、,;]/).map((s) => s.trim().replace(/等$/, ''));
        if (end >= lastText && items.length >= 2 && items.every((s) => AGENCY_END.test(s))) return { start, end };
        break;
      }
    }
  }
  // A copy cut inside its last bracket (…(牵头单位:市城建局;责任单位:市自然资源规划局、): the bracket runs to the end.
  const open = /[(（][^()（）]*$/.exec(folded.replace(/\s+$/, ''));
  if (open && new RegExp(LABEL.source).test(open[0])) return { start: open.index, end: open.index + open[0].length };
  return undefined;
}

/** A collective over places the 、 parts (各州、市人民政府, 各县、区人民政府): one collective, as written. */
function joinCollectives(items: string[]): string[] {
  const joined: string[] = [];
  for (const item of items) {
    const last = joined.at(-1);
    // 各地、各部门 are two.
    if (last?.startsWith('各') && !ORGAN_END.test(last) && !item.startsWith('各'))
      joined[joined.length - 1] = `${last}、${item}`;
    else joined.push(item);
  }
  return joined;
}

/** Parses one agency list: groups split by commas, items by 、, prefix of the first item shared, 等 ends a list. */
export function parseAgencyList(
  list: string,
  ctx: AgencyContext,
): { agencies: AgencyRef[]; unknown: string[]; notes: string[] } {
  const agencies: AgencyRef[] = [];
  const unknown: string[] = [];
  const notes: string[] = [];
  for (const group of list.split(/[,，;；]/)) {
    let inherited: string | undefined;
    const items = itemsOf(group);
    items.forEach((item, i) => {
      const resolved = resolveAgency(item.replace(/等$/, ''), ctx, i === 0 ? undefined : inherited);
      if (i === 0) inherited = resolved.prefix;
      // Organs as a class (有关部门, a group's 成员单位) are no body and no note: the list names them with its bodies.
      if (MEMBERS.test(item) || NO_BODY.test(item)) return;
      // Text that names no organ (a deadline, a remark on scope) is a note, not an agency the gazetteer lacks.
      if (!resolved.known && !ORGAN_END.test(item.replace(/等$/, '')) && !item.startsWith('各')) {
        notes.push(item);
        return;
      }
      if (!resolved.known) unknown.push(item);
      if (!agencies.some((a) => a.name === resolved.ref.name)) agencies.push(resolved.ref);
    });
  }
  return { agencies, unknown, notes };
}

/** Reads and removes the responsibility bracket of an article's text; `rules` are those earlier brackets set. */
export function readArticleAgencies(text: string, ctx: AgencyContext, rules: AgencyRules = {}): ArticleAgencies {
  const folded = foldWidth(text);
  const found = findBracket(folded);
  if (!found) return { text, lead: [], cooperating: [], unknown: [] };
  const inner = folded.slice(found.start + 1, found.end);
  const lead: AgencyRef[] = [];
  const cooperating: AgencyRef[] = [];
  const unknown: string[] = [];
  const duty = dutyOf(inner);
  const labels = duty ? [] : [...inner.matchAll(LABEL)];
  const firstListedLeads = duty ? FIRST_LEADS.test(duty[3] ?? '') : false;
  if (duty) {
    // 负责 under the rule (stated here or before): the first leads; 牵头负责, or no rule: all lead. Those a lead works
    // with (会同) cooperate.
    const { main, with: partners } = togetherWith(duty[1] ?? '');
    const parsed = parseAgencyList(main, ctx);
    const ruled = (firstListedLeads || rules.firstListedLeads) && !(duty[2] ?? '').startsWith('牵头');
    lead.push(...(ruled ? parsed.agencies.slice(0, 1) : parsed.agencies));
    if (ruled) cooperating.push(...parsed.agencies.slice(1));
    unknown.push(...parsed.unknown);
    const more = [
      ...(partners === '' ? [] : [{ list: partners, duty: PART_DUTIES[0]! }]),
      ...dutiesAfter((duty[3] ?? '').replace(/[。\s]+$/, '')),
    ];
    for (const { list, duty: role } of more) {
      const others = parseAgencyList(list, ctx);
      const target = (PART_DUTIES as readonly string[]).includes(role) ? cooperating : lead;
      for (const a of others.agencies) if (![...lead, ...cooperating].some((t) => t.name === a.name)) target.push(a);
      unknown.push(...others.unknown);
    }
  }
  // Notes as written (inner offsets): text before the first label, and each labelled segment from a note label on.
  const notes: string[] = [];
  const note = (from: number, to: number) => {
    const written = text
      .slice(found.start + 1 + from, found.start + 1 + to)
      .replace(/^[\s,，;；。]+|[\s,，;；。]+$/g, '');
    if (written !== '') notes.push(written);
  };
  if (!duty && labels.length > 0) note(0, labels[0]!.index ?? 0);
  const segments = duty
    ? []
    : labels.length === 0
      ? [{ role: 'lead', from: 0, to: inner.length }]
      : labels.map((m, i) => ({
          role: COOPERATING_LABEL.test(m[1] ?? '') ? 'cooperating' : 'lead',
          from: (m.index ?? 0) + m[0].length,
          to: labels[i + 1]?.index ?? inner.length,
        }));
  for (const { role, from, to } of segments) {
    const noteAt = NOTE_LABEL.exec(inner.slice(from, to))?.index;
    const end = noteAt === undefined ? to : from + noteAt;
    const parsed = parseAgencyList(inner.slice(from, end), ctx);
    const target = role === 'lead' ? lead : cooperating;
    for (const a of parsed.agencies) if (!target.some((t) => t.name === a.name)) target.push(a);
    unknown.push(...parsed.unknown);
    notes.push(...parsed.notes);
    if (end < to) note(end, to);
  }
  // A bracket that names no agency is no responsibility bracket: the text keeps it whole.
  if (lead.length === 0 && cooperating.length === 0) return { text, lead: [], cooperating: [], unknown: [] };
  const kept = [
    text.slice(0, found.start),
    notes.length > 0 ? `${text[found.start]}${notes.join('；')}${text[found.end] ?? ''}` : '',
    text.slice(found.end + 1),
  ]
    .join('')
    .replace(/\n+$/, '')
    .trimEnd();
  return {
    text: kept,
    lead,
    cooperating,
    unknown,
    bracket: text.slice(found.start, found.end + 1),
    ...(firstListedLeads ? { firstListedLeads } : {}),
  };
}
