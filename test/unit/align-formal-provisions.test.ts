// Formal provisions (when a text takes effect, who interprets it) are no source of anything and have none: traced
// over lawrefbook, 山东省东平湖保护条例's 本条例自2021年12月1日起施行 came out "almost identical" (0.69) to 档案法's
// effective-date article, and such clauses voted in likelyParents for whichever law took effect on a near date.
// Clauses are lines of ../shared/corpora/lawrefbook.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  createSourceIndex,
  formalProvision,
  inferLikelyParents,
  rankSources,
  type AlignDocument,
} from '../../align/index.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { readPolicyFile } from '../../import/index.ts';

describe('formalProvision', () => {
  test.each([
    ['本条例自2021年12月1日起施行。', 'effective-date'],
    ['本规定自一九九四年一月一日起施行。', 'effective-date'],
    ['本规则自通过之日起施行。', 'effective-date'],
    ['本规定自2003年1月1日起实施。', 'effective-date'],
    ['本规定于2002年3月1日起施行。', 'effective-date'],
    ['本《办法》自2018年7月1日起施行。', 'effective-date'],
    ['本措施自印发之日起施行，有效期3年。', 'effective-date'],
    ['本法由全国人民代表大会通过，自1984年10月1日起施行。', 'effective-date'],
    ['本法自公布之日起施行，《中华人民共和国民事诉讼法（试行）》同时废止。', 'effective-date'],
    [
      '本条例自2012年10月1日起施行。1989年12月20日郑州市第九届人民代表大会常务委员会第六次会议通过的《郑州市城市绿化条例》同时废止。',
      'effective-date',
    ],
    ['本条例自1996年10月1日起施行。本省过去有关规定，凡与本条例不一致的，均按本条例规定执行。', 'effective-date'],
    ['本规定自2019年1月1日起施行。最高人民法院此前发布的司法解释与本规定不一致的，以本规定为准。', 'effective-date'],
    ['本办法由公安部负责解释。', 'interpretation'],
    ['本规定由最高人民检察院负责解释，自发布之日起施行。', 'interpretation'],
    ['本办法具体应用中的问题，由北京市民政局负责解释。', 'interpretation'],
    ['本规定执行中的具体问题由省人民政府土地管理部门负责解释。', 'interpretation'],
    [
      '本条例具体应用中的问题由省物价局负责解释；其中有关收费票据和财务管理方面的问题，由省财政厅负责解释。',
      'interpretation',
    ],
    ['本条例经上海市人民代表大会常务委员会通过，自1986年10月1日起施行。', 'effective-date'],
    ['本法自1987年1月1日起试行。', 'effective-date'],
    ['本办法有效期3年，自印发之日起施行。', 'effective-date'],
    ['本条例自2021年1月1日起施行，其中第二十条自2022年1月1日起施行。', 'effective-date'],
    ['本规则自发布之日起施行。本院之前公布的其他规定与本规则内容不一致的，以本规则为准。', 'effective-date'],
    ['本条例自发布之日起施行。过去有关规定与本条例有抵触的，以本条例为准。', 'effective-date'],
    [
      '本条例自2010年12月1日起施行。1988年12月22日河南省第七届人民代表大会常务委员会第七次会议通过的《河南省未成年人保护条例（试行）》同时废止。',
      'effective-date',
    ],
    [
      '本规定自二○○四年十月一日起施行。公安部以前制定的关于继续盘问或者留置的规定，凡与本规定不一致的同时废止。',
      'effective-date',
    ],
    ['本法的解释权属于全国人民代表大会常务委员会。', 'interpretation'],
    ['本条例授权国家经济委员会负责解释。', 'interpretation'],
    ['本条例由国务院农业行政主管部门负责解释，并组织实施。', 'interpretation'],
    ['本通知由市发展改革委负责解释，自2020年1月1日起施行，有效期3年。', 'interpretation'],
    // Anything more is substance: a transitional rule, cases it applies to, a delegation, a duty. The first six
    // below came from a reviewer's adversarial phrasing: a place or a body after 本 is no text, and a repeal or a
    // supremacy clause with a duty in it, or over contracts rather than earlier rules, is a transitional rule.
    ['本市生活垃圾分类自2020年5月1日起实施。', undefined],
    ['本省新能源补贴自2020年起停止执行。', undefined],
    ['本级人民政府应当自受理之日起执行。', undefined],
    [
      '本办法自2021年1月1日起施行。本办法施行前已经核发的证件，持证人应当在2021年12月31日前换领新证，逾期未换领的原证件失效。',
      undefined,
    ],
    ['本条例自2021年1月1日起施行。本条例施行前订立的合同，与本条例不一致的，按照本条例执行。', undefined],
    ['本条例所称专业术语由市标准化主管部门负责解释。', undefined],
    ['本法自2007年1月1日起施行。本法施行前签发的护照在有效期内继续有效。', undefined],
    ['本规定自2003年12月1日起施行。2003年12月1日以后受理的民事案件，适用本规定。', undefined],
    ['本规定于2002年3月1日起施行。本规定施行前已经受理的案件由原受理人民法院继续审理。', undefined],
    ['本条例由财政部负责解释；施行细则由财政部制定。', undefined],
    ['国务院可以根据本法制定实施条例。', undefined],
    [
      '本条例施行前已经从事特许经营活动的特许人，应当自本条例施行之日起1年内，依照本条例的规定向商务主管部门备案。',
      undefined,
    ],
    ['县级以上人民政府应当自收到申请之日起二十日内作出决定，并予以公布施行。', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(formalProvision(text)).toBe(expected);
  });
});

const national = (file: string, texts: string[], issuedOn: string): AlignDocument => ({
  file,
  title: file,
  tier: 'national',
  kind: 'regulation',
  authorityLevel: 'law',
  jurisdiction: '中华人民共和国',
  issuedOn,
  articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
});

describe('formal provisions in sources and likelyParents', () => {
  const regulation: AlignDocument = {
    ...national(
      '某省湖泊保护条例',
      ['县级以上人民政府应当加强湖泊防洪工程建设，编制防洪规划，保障防洪安全。', '本条例自2021年12月1日起施行。'],
      '2021-09-30',
    ),
    tier: 'provincial',
    jurisdiction: '山东省',
    authorityLevel: 'local_regulation',
  };
  // The law it comes from, and one that took effect the same day and shares nothing else with it.
  const floodLaw = national(
    '防洪法',
    ['县级以上人民政府应当组织编制防洪规划，加强防洪工程设施建设。', '本法自1998年1月1日起施行。'],
    '2016-07-02',
  );
  const sameDay = national(
    '档案法',
    ['档案工作实行统一领导、分级管理的原则。', '本法自2021年12月1日起施行。'],
    '2020-06-20',
  );
  const docs = [regulation, floodLaw, sameDay];

  test('an effective-date clause has no source, and is no source of another article', () => {
    const index = createSourceIndex(docs);
    expect(rankSources(index, { file: regulation.file, path: 'a2' }, { scope: 'UPPER', limit: 5 })).toEqual([]);
    const first = rankSources(index, { file: regulation.file, path: 'a1' }, { scope: 'UPPER', limit: 5 });
    expect(first.map((m) => [m.file, m.article])).toEqual([[floodLaw.file, 1]]);
  });

  test('formal provisions take no place in the shortlist: a request still gets its sources', () => {
    // An article that reads much like effective-date clauses, and a shortlist of one: the clauses used to take the
    // place and be dropped after it, leaving no source at all.
    const near: AlignDocument = {
      ...regulation,
      file: '某市施行条例',
      articles: [{ number: 1, path: 'a1', heading: '', text: '县级以上人民政府应当自2021年12月1日起施行防洪规划。' }],
    };
    const index = createSourceIndex([near, floodLaw, sameDay]);
    const found = rankSources(index, { file: near.file, path: 'a1' }, { scope: 'UPPER', limit: 1, shortlist: 1 });
    expect(found.map((m) => [m.file, m.article])).toEqual([[floodLaw.file, 1]]);
  });

  test('likelyParents: the law it comes from first, not the one that took effect the same day', () => {
    const parents = inferLikelyParents(docs, regulation.file);
    expect(parents.map((p) => p.file)).toEqual([floodLaw.file]);
    expect(parents[0]!.alignedArticles).toBe(1);
  });
});

// LAWREFBOOK_DIR names another copy (a checkout with no ../shared beside it), as in parse-lawrefbook.test.ts.
const ROOT = process.env.LAWREFBOOK_DIR ?? join(findSharedCorpora(), 'lawrefbook');
const LAKE = 'DLC/山东地方法规/地方性法规/山东/山东省东平湖保护条例(2021-09-30).md';
const ARCHIVES = '行政法/档案法(2020-06-20).md';
const FLOOD = '经济法/防洪法(2016-07-02).md';
const PRESENT = () => [LAKE, ARCHIVES, FLOOD].every((f) => existsSync(join(ROOT, f)));

describe.skipIf(!PRESENT())('formal provisions on real texts (lawrefbook)', async () => {
  // A skipped suite is still collected: without its files, read nothing (the read would fail the whole file).
  if (!PRESENT()) return;
  const docs: AlignDocument[] = await Promise.all([LAKE, ARCHIVES, FLOOD].map((f) => readPolicyFile(join(ROOT, f))));
  const [lake, archives, flood] = docs as [AlignDocument, AlignDocument, AlignDocument];
  const index = createSourceIndex(docs);
  const last = lake.articles.at(-1)!;

  test('the lake regulation’s effective date is traced to nothing; its flood-control articles to 防洪法', () => {
    expect(last.text).toContain('本条例自2021年12月1日起施行');
    expect(formalProvision(last.text)).toBe('effective-date');
    expect(rankSources(index, { file: lake.file, path: last.path }, { scope: 'UPPER', limit: 5 })).toEqual([]);
    const plan = lake.articles.find((a) => a.text.includes('黄河流域防洪规划'))!;
    const found = rankSources(index, { file: lake.file, path: plan.path }, { scope: 'UPPER', limit: 3 });
    expect(found[0]?.file).toBe(flood.file);
  });

  test('no article of it finds a formal provision of either law as its source', () => {
    const formal = new Set(
      [archives, flood].flatMap((d) =>
        d.articles.filter((a) => formalProvision(a.text)).map((a) => `${d.file}#${a.path}`),
      ),
    );
    expect(formal.size).toBe(2);
    for (const article of lake.articles) {
      const found = rankSources(index, { file: lake.file, path: article.path }, { scope: 'UPPER', limit: 10 });
      expect(found.filter((m) => formal.has(`${m.file}#${m.path}`))).toEqual([]);
    }
  });
});
