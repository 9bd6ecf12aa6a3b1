import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { registryEntryOf } from '../../import/run/scan-run-registry.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import type { KnownPolicy } from '../../import/write/known-policy.ts';
import { citedTitleKey, resolveCitations, type CitingDocument } from '../../import/write/resolve-citations.ts';
import type { Citation } from '../../model/index.ts';
import {
  addToRegistry,
  createRunRegistry,
  numberForCitedTitle,
  numberForTitle,
} from '../../import/write/run-registry.ts';

// A provincial document with no number of its own, whose title repeats the title of the national document it
// implements (国务院《关于支持产学研深度融合的若干政策》（国发〔2021〕4号）): it must not take the national number.
const FILE = 'test/data/docs/guangxi-notice-wrapped-cites-parent-no-number.txt';

describe('cited titles keyed with the issuer outside the brackets', () => {
  test.each([
    ['关于支持产学研深度融合的若干政策', '国务院', '中华人民共和国'],
    ['关于支持产学研深度融合的若干政策', undefined, ''],
    ['广西壮族自治区关于支持产学研深度融合的若干政策', '国务院', '广西壮族自治区'],
  ])('%s with issuer %s → jurisdiction %s', (title, issuer, jurisdiction) => {
    expect(citedTitleKey(title, issuer)?.jurisdiction).toBe(jurisdiction);
  });

  test('no title gives no key', () => {
    expect(citedTitleKey(undefined, '国务院')).toBeUndefined();
  });

  test("the run registry does not hand the parent's number to a same-titled lower document", () => {
    const doc = parsePolicyText(readFileSync(FILE, 'utf8'), { file: FILE });
    expect(doc.docNumber).toBeUndefined();
    const registry = createRunRegistry();
    addToRegistry(registry, registryEntryOf(doc));
    expect(numberForTitle(registry, buildTitleKey(doc.title))).toBeUndefined();
    expect(numberForTitle(registry, buildTitleKey('国务院关于支持产学研深度融合的若干政策'))).toBe('国发〔2021〕4号');
  });
});

// The issuer before 《》 is the citation's place, not part of its title (lawrefbook's 山东省物业管理条例 第一条:
// 国务院《物业管理条例》 was keyed |国务院物业管理条例 and became a cited-only node beside the national regulation).
describe('a citation whose issuer stands before the 《》', () => {
  const NATIONAL: KnownPolicy = {
    id: 't:中华人民共和国|物业管理条例@2016-02-06',
    status: 'full',
    titleKey: '|物业管理条例',
    title: '物业管理条例',
  };
  const SHANDONG: KnownPolicy = {
    id: 't:山东省|物业管理条例@2021-12-03',
    status: 'full',
    titleKey: '山东省|物业管理条例',
    title: '山东省物业管理条例',
  };
  const citing: CitingDocument = {
    file: 'henan.md',
    id: 't:河南省|物业管理条例@2017-11-28',
    titleKey: buildTitleKey('河南省物业管理条例'),
    shortTitles: [],
  };
  const cite = (c: Partial<Citation>): Citation => ({ title: '物业管理条例', relation: 'based_on', line: 9, ...c });

  test.each([
    ['物业管理条例', '国务院', '中华人民共和国', '|物业管理条例'],
    ['关于加强测试工作的意见', '国务院办公厅', '中华人民共和国', '中华人民共和国|关于加强测试工作的意见'],
    ['关于印发测试办法的通知', '国务院', '中华人民共和国', '中华人民共和国|测试办法'],
    ['关于加强测试工作的意见', '山东省人民政府', '山东省', '山东省|关于加强测试工作的意见'],
    ['关于加强测试工作的意见', '中央军事委员会', '中华人民共和国', '中华人民共和国|关于加强测试工作的意见'],
    ['山东省测试办法', '国务院', '中华人民共和国', '山东省|测试办法'],
  ])('《%s》 by %s (%s) → %s', (title, issuer, jurisdiction, key) => {
    expect(citedTitleKey(title, issuer, jurisdiction)?.key).toBe(key);
  });

  test('国务院《物业管理条例》 links to the national regulation in the graph', () => {
    const { links } = resolveCitations(
      citing,
      [cite({ issuer: '国务院', jurisdiction: '中华人民共和国' })],
      [NATIONAL, SHANDONG],
      createRunRegistry(),
    );
    expect(links.map((l) => [l.targetId, l.resolved, l.create])).toEqual([[NATIONAL.id, true, undefined]]);
  });

  test('it never takes a document of another place of that title', () => {
    const { links } = resolveCitations(
      citing,
      [cite({ issuer: '国务院', jurisdiction: '中华人民共和国' })],
      [SHANDONG],
      createRunRegistry(),
    );
    expect(links.map((l) => [l.targetId, l.create?.jurisdiction, l.create?.tier])).toEqual([
      ['t:|物业管理条例', '中华人民共和国', 'national'],
    ]);
  });

  test('nor through a number: the number the run holds for a title of another place is not taken (found in review)', () => {
    const numbered: KnownPolicy = { ...SHANDONG, docNumber: '山东省人民代表大会常务委员会公告第150号' };
    const registry = createRunRegistry();
    addToRegistry(registry, { titleKey: '山东省|物业管理条例', given: [], docNumber: numbered.docNumber });
    const { links } = resolveCitations(
      citing,
      [cite({ issuer: '国务院', jurisdiction: '中华人民共和国' })],
      [numbered],
      registry,
    );
    expect(links.map((l) => l.targetId)).toEqual(['t:|物业管理条例']);
  });

  test('a local title the run imports does not take the number cited for the national title', () => {
    const registry = createRunRegistry();
    addToRegistry(registry, { titleKey: '河南省|失业保险条例', given: [] });
    addToRegistry(registry, {
      titleKey: '郑州市|社会保险条例',
      given: [{ titleKey: '|失业保险条例', docNumber: '国务院令第258号' }],
    });
    expect(numberForCitedTitle(registry, buildTitleKey('河南省失业保险条例'))).toBeUndefined();
    expect(numberForCitedTitle(registry, buildTitleKey('失业保险条例'))).toBe('国务院令第258号');
  });
});
