/**
 * Whom two aligned articles are about, compared: the subjects outside government that one names and the other does
 * not (read-subjects.ts), each kind once, a subject counting as the same kind as a more general one.
 * Example: compareSubjects('鼓励中小企业和医疗卫生机构', '国家鼓励企业') → [{ kind: 'scope', verdict: 'added',
 * detail: 'added: 医疗卫生机构', … }] (中小企业 is a 企业).
 */
import type { ChangeSpan, ProvisionChange } from './change-types.ts';
import { readSubjects } from './read-subjects.ts';

/** One article's subjects, each kind once: 企业 stands for the 骨干企业 and 高新区骨干企业 it also names. */
function mostGeneral(subjects: Map<string, ChangeSpan>): Map<string, ChangeSpan> {
  const names = [...subjects.keys()];
  return new Map([...subjects].filter(([name]) => !names.some((other) => other !== name && name.endsWith(other))));
}

/** A subject's name without its generic head: 农业技术推广机构 and 农业技术推广单位 are one kind. */
const stem = (name: string) => name.replace(/(机构|单位|组织)$/, '');

/**
 * Kinds named by another word: a hospital is a 医疗机构, and a 医疗机构 a 医疗卫生机构 (which also holds public health); a
 * school an 教育机构 (学校及其他教育机构); a worker in need of help a 劳动者; a resident a 公民, and a 个体工商户 an
 * individual. (企业 as a kind of 单位 was tried: readers list a 企业 beside a 单位 it plays another part to.)
 */
const GENERA: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!动物)(医院|卫生院|诊所)$/, '医疗机构'],
  [/医疗机构$/, '医疗卫生机构'],
  [/学校$/, '教育机构'],
  [/(就业困难人员|农民工|职工)$/, '劳动者'],
  [/居民$/, '公民'],
  [/个体工商户$/, '个人'],
];

/** 单位 and 组织 alone both mean any body (任何单位和个人, 一切组织和个人); a 社会组织 is no more a 单位 than before. */
const ANY_BODY = new Set(['单位', '组织']);

/** A subject's name and the kinds it belongs to by GENERA: 急救网络医院, 医疗机构, 医疗卫生机构. */
function namesOf(name: string): string[] {
  const names = [name];
  for (const [kind, genus] of GENERA) if (names.some((n) => kind.test(n))) names.push(genus);
  return names;
}

/**
 * Two subjects are one when they are the same name, one is a kind of the other (中小企业 of 企业, 用人单位 of 单位, 医院 of
 * 医疗卫生机构), or they differ only in their generic head, one stem a kind of the other (农业技术推广机构, 技术推广单位).
 */
const sameName = (x: string, y: string) => {
  const [a, b] = [stem(x), stem(y)];
  return x.endsWith(y) || y.endsWith(x) || (a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a)));
};
const sameSubject = (x: string, y: string) =>
  (ANY_BODY.has(x) && ANY_BODY.has(y)) || namesOf(x).some((a) => namesOf(y).some((b) => sameName(a, b)));

/** Subjects the lower article names and the upper one does not (added), and the other way (dropped). */
export function compareSubjects(lowerText: string, upperText: string): ProvisionChange[] {
  const changes: ProvisionChange[] = [];
  const ls = mostGeneral(readSubjects(lowerText));
  const us = mostGeneral(readSubjects(upperText));
  for (const [subject, span] of ls)
    if (![...us.keys()].some((other) => sameSubject(subject, other)))
      changes.push({ kind: 'scope', verdict: 'added', lower: span, detail: `added: ${subject}` });
  for (const [subject, span] of us)
    if (![...ls.keys()].some((other) => sameSubject(subject, other)))
      changes.push({ kind: 'scope', verdict: 'dropped', upper: span, detail: `dropped: ${subject}` });
  return changes;
}
