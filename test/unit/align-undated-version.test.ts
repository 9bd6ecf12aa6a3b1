// A statute book copies many regulations without their head lines (71 of lawrefbook's 1,310 local regulations tell no date), and a user
// may paste a text without its date. Undated, such a text was taken to rest on the latest version of each work:
// 上海市统计条例, written against 统计法 of 2009 and numbered after it, was aligned and traced against the 2024 text.
import { describe, expect, test } from 'vitest';
import {
  createSourceIndex,
  inferLikelyParents,
  rankSources,
  selectUpperDocuments,
  versionsInForce,
  type AlignDocument,
} from '../../align/index.ts';

const work = { workId: 'w:中华人民共和国|统计法', title: '中华人民共和国统计法', tier: 'national' as const };
const articles = (...texts: string[]) =>
  texts.map((text, k) => ({ number: k + 1, path: `a${k + 1}`, heading: '', text }));

// Two versions of one work: the later one rewrote its first two articles.
const law2009: AlignDocument = {
  ...work,
  file: 'statistics-2009',
  kind: 'law',
  issuedOn: '2009-06-27',
  articles: articles(
    '为了科学、有效地组织统计工作，保障统计资料的真实性、准确性、完整性和及时性，制定本法。',
    '统计机构和统计人员依法独立行使统计调查、统计报告、统计监督的职权，不受侵犯。',
    '国家机关、企业事业单位和其他组织以及个体工商户和个人等统计调查对象，必须依照本法和国家有关规定，真实、准确、完整、及时地提供统计调查所需的资料。',
  ),
};
const law2024: AlignDocument = {
  ...work,
  file: 'statistics-2024',
  kind: 'law',
  issuedOn: '2024-09-13',
  articles: articles(
    '为了坚持和加强党对统计工作的全面领导，防范和惩治统计造假、弄虚作假，制定本法。',
    '统计工作应当坚持实事求是，严肃查处统计造假、弄虚作假等违法行为，建立统计数据质量追溯和问责制度。',
    '国家机关、企业事业单位和其他组织以及个体工商户和个人等统计调查对象，必须依照本法和国家有关规定，真实、准确、完整、及时地提供统计调查所需的资料。',
  ),
};
const other: AlignDocument = {
  file: 'archives',
  title: '中华人民共和国档案法',
  tier: 'national',
  kind: 'law',
  issuedOn: '2020-06-20',
  articles: articles('为了加强档案管理，规范档案收集、整理工作，有效保护和利用档案，制定本法。'),
};
// The regulation follows the 2009 wording and tells no date.
const regulation: AlignDocument = {
  file: 'shanghai-statistics',
  title: '上海市统计条例',
  tier: 'provincial',
  kind: 'regulation',
  articles: articles(
    '为了科学、有效地组织统计工作，保障统计资料的真实性、准确性、完整性和及时性，结合本市实际，制定本条例。',
    '统计机构和统计人员依法独立行使统计调查、统计报告和统计监督的职权，任何单位和个人不得侵犯。',
  ),
};

describe('an undated text rests on the version of a work its wording is nearest', () => {
  test('alignment takes the 2009 text, cited or not', () => {
    expect(selectUpperDocuments([regulation, law2009, law2024, other]).get(regulation.file)).toEqual([
      law2009.file,
      other.file,
    ]);
    const citing = { ...regulation, citedFiles: [law2009.file, law2024.file] };
    expect(selectUpperDocuments([citing, law2009, law2024, other]).get(citing.file)).toEqual([law2009.file]);
  });

  test('likelyParents and sources take it too', () => {
    const docs = [regulation, law2009, law2024, other];
    expect(inferLikelyParents(docs, regulation.file).map((p) => p.file)).toEqual([law2009.file]);
    const sources = rankSources(createSourceIndex(docs), { file: regulation.file, path: 'a1' }, { scope: 'UPPER' });
    expect(sources.map((s) => `${s.file} ${s.path}`)[0]).toBe(`${law2009.file} a1`);
    expect(sources.some((s) => s.file === law2024.file)).toBe(false);
  });

  test('a version filed twice is still the nearest', () => {
    const twice = { ...law2009, file: 'statistics-2009-filed-twice' };
    const upper = selectUpperDocuments([regulation, law2009, twice, law2024, other]).get(regulation.file)!;
    expect(upper.filter((f) => f.startsWith('statistics'))).not.toContain(law2024.file);
    expect(upper).toHaveLength(2);
  });

  test('a dated text still rests on the version in force then, whatever its wording', () => {
    const dated = { ...regulation, issuedOn: '2025-01-01' };
    expect(selectUpperDocuments([dated, law2009, law2024, other]).get(dated.file)).toEqual([law2024.file, other.file]);
  });

  test('versions its wording cannot tell apart leave the latest', () => {
    const same = { ...law2009, file: 'statistics-2024-same', issuedOn: '2024-09-13' };
    const nearest = () => undefined;
    expect(versionsInForce([law2009, same], undefined, nearest).map((d) => d.file)).toEqual([same.file]);
    expect(selectUpperDocuments([regulation, law2009, same]).get(regulation.file)).toEqual([same.file]);
  });
});
