/**
 * A citation by title alone of a title issued again and again (国务院工作规则 of 2013, 2018 and 2023) means the issue
 * in force when the citing text was made. Tester F saw 盐池's rules of 2017 pointed at the 2023 rules and 太湖's of
 * January 2019 at the 2013 ones, though the graph held 国发〔2018〕21号. Dates below are the ones the parser reads from
 * the testers' pages (test/data/reuse, test/data/citation-dates).
 */
import { describe, expect, test } from 'vitest';
import { citingMadeBy, issueMadeOn, pickCitedVersion, pickIssueAtDate } from '../../import/versions/index.ts';
import { planIssueCitationMoves } from '../../import/run/link-versions.ts';

const V2013 = 't:中华人民共和国|国务院工作规则@2013-03-20';
const V2023 = 't:中华人民共和国|国务院工作规则@2023-03-17';
const N2018 = '国发〔2018〕21号';
const RULES = [
  { id: V2013, madeOn: '2013-03-20' },
  { id: N2018, madeOn: '2018' },
  { id: V2023, madeOn: '2023-03-17' },
];

describe('pickIssueAtDate', () => {
  test.each([
    ['2017', V2013, 'at-date'], // 盐政发〔2017〕40号: only its number's year
    ['2019-01-17', N2018, 'at-date'], // 太湖, 2019年1月17日
    ['2018', N2018, 'at-date'], // a text of 2018 with no day: 国发〔2018〕21号 may be before it
    ['2024', V2023, 'at-date'], // 镇政发〔2024〕7号
    ['2010-05-01', V2013, 'earliest-later'], // before every issue the graph holds
  ])('a text made by %s cites %s (%s)', (at, id, match) => {
    expect(pickIssueAtDate(RULES, at)).toEqual({ id, match });
  });

  test('a citing text of unknown date stays where it was resolved', () => {
    expect(pickIssueAtDate(RULES, undefined)).toBeUndefined();
  });

  test('an issue of unknown date never wins over a dated one that fits, nor is excluded', () => {
    const withUndated = [...RULES, { id: 't:undated' }];
    expect(pickIssueAtDate(withUndated, '2019-01-17')).toEqual({ id: N2018, match: 'at-date' });
    // Every dated issue is later: the undated one may be the one in force, so nothing is decided.
    expect(pickIssueAtDate(withUndated, '2010')).toBeUndefined();
  });
});

describe('dates of the citing text and of each issue', () => {
  test('a citing text is dated by its issue date, else the tighter of its publication and its number year', () => {
    expect(citingMadeBy({ docNumber: '盐政发〔2017〕40号' })).toBe('2017');
    expect(citingMadeBy({ issuedOn: '2019-01-17', publishedOn: '2019-01-23' })).toBe('2019-01-17');
    expect(citingMadeBy({ docNumber: '镇政发〔2024〕7号', publishedOn: '2024-04-06' })).toBe('2024-04-06');
    expect(citingMadeBy({ versionDate: '2013-03-20', issuedOn: '2013-03-21' })).toBe('2013-03-20');
    expect(citingMadeBy({})).toBeUndefined();
  });

  test('the day it took effect dates a text only when nothing else does, and never beats a tighter bound', () => {
    // 上海市专利保护条例 in lawrefbook tells only 自2002年7月1日起施行.
    expect(citingMadeBy({ effectiveOn: '2002-07-01' })).toBe('2002-07-01');
    expect(citingMadeBy({ issuedOn: '2019-01-17', effectiveOn: '2019-01-23' })).toBe('2019-01-17');
    expect(citingMadeBy({ docNumber: '沪科规〔2019〕5号', effectiveOn: '2019-09-01' })).toBe('2019-09-01');
    expect(citingMadeBy({ docNumber: '沪科规〔2019〕5号', effectiveOn: '2024-09-01' })).toBe('2019');
  });

  test('a repost is dated by its number, not by the day its page was posted', () => {
    // 杭政办函〔2019〕65号 on a page posted 2022-10-09 (test/data/reuse/hangzhou-new-media-2019.txt).
    expect(citingMadeBy({ docNumber: '杭政办函〔2019〕65号', publishedOn: '2022-10-09' })).toBe('2019');
  });

  test('an issue is dated by its version or issue date, else its number year, never its publication', () => {
    expect(issueMadeOn({ docNumber: N2018, publishedOn: '2018-06-24' })).toBe('2018');
    expect(issueMadeOn({ versionDate: '2023-03-17', docNumber: '国发〔2023〕7号' })).toBe('2023-03-17');
    expect(issueMadeOn({ publishedOn: '2019-01-01' })).toBeUndefined();
  });
});

describe('planIssueCitationMoves', () => {
  const issues = [
    { id: V2013, versionDate: '2013-03-20', issuedOn: '2013-03-20', docNumber: null },
    { id: N2018, versionDate: null, issuedOn: null, docNumber: N2018 },
    { id: V2023, versionDate: '2023-03-17', issuedOn: '2023-03-18', docNumber: '国发〔2023〕7号' },
  ];
  const row = (fields: Record<string, unknown>) => ({
    key: '中华人民共和国|国务院工作规则',
    issues,
    type: 'BASED_ON',
    versionDate: null,
    issuedOn: null,
    publishedOn: null,
    docNumber: null,
    ...fields,
  });

  test('盐池 2017 and 太湖 2019 go to the rules in force then; an undated text stays', () => {
    const moves = planIssueCitationMoves([
      row({ sourceId: '盐政发〔2017〕40号', targetId: V2023, docNumber: '盐政发〔2017〕40号' }),
      row({ sourceId: 't:太湖县|人民政府工作规则', targetId: V2013, issuedOn: '2019-01-17' }),
      row({ sourceId: 't:|某县人民政府工作规则', targetId: V2023 }),
    ]);
    expect(moves).toEqual([
      {
        type: 'BASED_ON',
        move: { sourceId: '盐政发〔2017〕40号', targetId: V2023, versionId: V2013, versionMatch: 'at-date' },
      },
      {
        type: 'BASED_ON',
        move: { sourceId: 't:太湖县|人民政府工作规则', targetId: V2013, versionId: N2018, versionMatch: 'at-date' },
      },
    ]);
  });

  test('a citation a row per place group names is moved once (a placeless cited-only node in two groups)', () => {
    const cited = { sourceId: '盐政发〔2017〕40号', targetId: 't:|国务院工作规则', docNumber: '盐政发〔2017〕40号' };
    const other = [{ id: 'x', versionDate: null, issuedOn: '2016-01-01', docNumber: null }];
    const moves = planIssueCitationMoves([row(cited), row({ ...cited, issues: other })]);
    expect(moves.map((m) => m.move.versionId)).toEqual([V2013]);
  });

  test('an issue never cites itself: the 2023 rules naming the old ones go to the 2018 issue', () => {
    const [planned] = planIssueCitationMoves([
      row({ sourceId: V2023, targetId: V2023, type: 'CITES', versionDate: '2023-03-17' }),
    ]);
    expect(planned?.move.versionId).toBe(N2018);
  });

  test('a number another text gave a title is not what a text made after a later issue means', () => {
    // 汉中 (2014) named 《陕西省人民政府工作规则》（陕政发〔2013〕33号）; 镇巴 (2024) names the title alone. With a later
    // issue in the graph (a made-up 陕政发〔2018〕5号 here), 镇巴 takes that one, not the number 汉中 gave.
    const [planned] = planIssueCitationMoves([
      {
        key: '陕西省|人民政府工作规则',
        issues: [
          { id: '陕政发〔2013〕33号', docNumber: '陕政发〔2013〕33号' },
          { id: '陕政发〔2018〕5号', docNumber: '陕政发〔2018〕5号' },
        ],
        sourceId: '镇政发〔2024〕7号',
        type: 'CITES',
        targetId: '陕政发〔2013〕33号',
        docNumber: '镇政发〔2024〕7号',
        publishedOn: '2024-04-06',
      },
    ]);
    expect(planned?.move).toMatchObject({ versionId: '陕政发〔2018〕5号', versionMatch: 'at-date' });
  });
});

describe('pickCitedVersion with a year only', () => {
  test('a text dated only by its number year fits a version made that year', () => {
    const versions = [
      { id: 'a', versionDate: '2013-03-20' },
      { id: 'b', versionDate: '2017-05-01' },
    ];
    expect(pickCitedVersion(versions, '2017')).toEqual({ id: 'b', match: 'at-date' });
  });
});

describe('both moves of the version step date a citing text alike', () => {
  // 沪科规〔2019〕5号, posted 2024-08-01, citing 《上海市科学技术进步条例》 held in its 2010 and 2024 versions: the
  // version move took the page date (→ 2024) and the issue move the number's year (→ 2010), each run undoing the other.
  const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
  const V2024 = 't:上海市|科学技术进步条例@2024-05-10';
  const citing = { docNumber: '沪科规〔2019〕5号', publishedOn: '2024-08-01', versionDate: null, issuedOn: null };

  test('the version of the statute and the issue of the title are the same: the 2010 text', () => {
    const versions = [
      { id: V2010, versionDate: '2010-09-17' },
      { id: V2024, versionDate: '2024-05-10' },
    ];
    expect(pickCitedVersion(versions, citingMadeBy(citing))).toEqual({ id: V2010, match: 'at-date' });
    const issues = versions.map((v) => ({ id: v.id, status: 'full', versionDate: v.versionDate, issuedOn: null }));
    const planned = planIssueCitationMoves([
      {
        key: '上海市|科学技术进步条例',
        issues,
        sourceId: '沪科规〔2019〕5号',
        type: 'IMPLEMENTS',
        targetId: V2010,
        ...citing,
      },
    ]);
    expect(planned).toEqual([
      {
        type: 'IMPLEMENTS',
        move: { sourceId: '沪科规〔2019〕5号', targetId: V2010, versionId: V2010, versionMatch: 'at-date' },
      },
    ]);
  });
});
