// A local regulation cites the law it rests on, but the law was revised after it and the graph holds only the later
// text: on lawrefbook that was so for 240 of 984 regulations citing a law of the book, and each was aligned to the
// nearest older documents instead of its law.
import { describe, expect, test } from 'vitest';
import {
  createSourceIndex,
  inferLikelyParents,
  preferVersion,
  rankSources,
  selectUpperDocuments,
  toAlignDocuments,
  versionsInForce,
  type AlignDocument,
} from '../../align/index.ts';

const article = (text: string) => [{ number: 1, path: 'a1', heading: '', text }];

const doc = (file: string, tier: AlignDocument['tier'], more: Partial<AlignDocument>): AlignDocument => ({
  file,
  title: file,
  tier,
  kind: 'regulation',
  articles: article('残疾人的康复、教育、劳动就业和社会保障。'),
  ...more,
});

const regulation = doc('shanghai-disability', 'provincial', {
  issuedOn: '2017-11-23',
  citations: [{ title: '中华人民共和国残疾人保障法', relation: 'based_on' }],
});
// The law's 2018 amendment; its head lines tell the work's adoption in 1990.
const law2018 = doc('中华人民共和国残疾人保障法', 'national', {
  issuedOn: '2018-10-26',
  events: [
    { kind: 'adoption', start: '1990-12-28' },
    { kind: 'amendment', start: '2018-10-26' },
  ],
});
const older = doc('中华人民共和国老年人权益保障法', 'national', { issuedOn: '2015-04-24' });

describe('cited upper documents in time', () => {
  test('the only text of a cited law revised after the regulation is still its upper document', () => {
    expect(selectUpperDocuments([regulation, law2018, older]).get(regulation.file)).toEqual([law2018.file]);
  });

  test('of two texts of the cited law, the one in force when the regulation was made is taken', () => {
    const law2008 = { ...law2018, file: 'disability-2008', issuedOn: '2008-04-24' };
    const citing = { ...regulation, citedFiles: [law2018.file, law2008.file] };
    expect(selectUpperDocuments([citing, law2018, law2008, older]).get(citing.file)).toEqual([law2008.file]);
  });

  test('of two texts of the cited law both older than the regulation, only the one in force then takes part', () => {
    const work = { workId: 'w:中华人民共和国|残疾人保障法' };
    const law1990 = { ...law2018, ...work, file: 'disability-1990', issuedOn: '1990-12-28' };
    const law2008 = { ...law2018, ...work, file: 'disability-2008', issuedOn: '2008-04-24' };
    const citing = { ...regulation, citedFiles: [law1990.file, law2008.file] };
    expect(selectUpperDocuments([citing, law1990, law2008, older]).get(citing.file)).toEqual([law2008.file]);
    // Citing nothing, among the nearest documents too; undated, the latest text.
    const uncited = { ...regulation, citations: [], file: 'uncited' };
    expect(selectUpperDocuments([uncited, law1990, law2008, older]).get('uncited')).toEqual([law2008.file, older.file]);
    const undated = { ...uncited, issuedOn: undefined };
    const law2018v = { ...law2018, ...work };
    expect(selectUpperDocuments([undated, law1990, law2018v, older]).get('uncited')).toEqual([
      law2018v.file,
      older.file,
    ]);
  });

  test.each([
    ['2009-07-02', '2002-07-02', '2010-05-01', true],
    ['2016-07-02', '2009-07-02', '2010-05-01', false],
    ['2016-07-02', '2021-01-01', '2010-05-01', true],
    ['2016-07-02', '2009-07-02', undefined, true],
    ['2016', '2016-07-02', '2016-08', false],
    [undefined, '2009-07-02', '2010-05-01', false],
    ['2009-07-02', undefined, '2010-05-01', true],
    // A dated version issued after the text cannot be what it rests on; the undated one may be.
    [undefined, '2025-03-17', '2021-07-29', true],
    ['2025-03-17', undefined, '2021-07-29', false],
    [undefined, '2025-03-17', undefined, false],
    [undefined, undefined, '2021-07-29', false],
  ])('a version of %s rather than one of %s for a text of %s: %s', (a, b, at, expected) => {
    expect(preferVersion(a, b, at)).toBe(expected);
  });

  test('a version dated by its file name only is issued then: a 2021 text rests on the 2020 version, not the 2025 one', () => {
    // lawrefbook's 保障中小企业款项支付条例(2020-07-05).md tells no head lines: the graph holds its versionDate only.
    const row = (date: string, issuedOn: string | null) => ({
      policy: {
        id: `t:中华人民共和国|保障中小企业款项支付条例@${date}`,
        title: '保障中小企业款项支付条例',
        tier: 'national',
        issuedOn,
        versionDate: date,
        workId: 'w:中华人民共和国|保障中小企业款项支付条例',
      },
      articles: [],
      cited: [],
    });
    const [v2020, v2025] = toAlignDocuments([row('2020-07-05', null), row('2025-03-17', '2025-03-17')]).docs as [
      AlignDocument,
      AlignDocument,
    ];
    expect(v2020.issuedOn).toBe('2020-07-05');
    expect(versionsInForce([v2025, v2020], '2021-07-29').map((d) => d.file)).toEqual([v2020.file]);
  });

  test('a cited work that first existed after the regulation is no upper document of it', () => {
    const newWork = {
      ...law2018,
      issuedOn: '2021-01-01',
      events: [{ kind: 'adoption' as const, start: '2021-01-01' }],
    };
    expect(selectUpperDocuments([regulation, newWork, older]).get(regulation.file)).toEqual([older.file]);
  });

  // A page copied from a government site often tells only when it was published (2022-06-28 14:14 under the
  // title), not when it was issued: the bundled Liuzhou measures had no date at all for the engine, so the 科技部
  // plan of 2022-09-21 was taken as one of its upper documents, and its headings came first for five of its items.
  test('a text that tells only its publication date was issued by then: what came later is not above it', () => {
    const measures = doc('liuzhou-measures', 'municipal', { publishedOn: '2022-06-28' });
    const opinions = doc('state-council-opinions', 'national', { issuedOn: '2020-07-13' });
    const plan = doc('most-plan', 'national', { issuedOn: '2022-09-21' });
    expect(selectUpperDocuments([measures, opinions, plan]).get(measures.file)).toEqual([opinions.file]);
    // Its issue date, when known, is what counts: the page may be published long after.
    const issued = { ...measures, issuedOn: '2022-10-01' };
    expect(selectUpperDocuments([issued, opinions, plan]).get(issued.file)).toEqual([opinions.file, plan.file]);
    // Nor is it where its articles may come from (sources), nor a parent (likelyParents).
    const docs = [measures, opinions, plan];
    const at = { file: measures.file, path: 'a1' };
    expect(rankSources(createSourceIndex(docs), at, { scope: 'UPPER' }).map((m) => m.file)).toEqual([opinions.file]);
    expect(inferLikelyParents(docs, measures.file).map((p) => p.file)).toEqual([opinions.file]);
    // Neither known: nothing is excluded.
    const undated = doc('undated-measures', 'municipal', {});
    expect(selectUpperDocuments([undated, opinions, plan]).get(undated.file)).toEqual([opinions.file, plan.file]);
  });
});
