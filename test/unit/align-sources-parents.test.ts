// Sources ranked with what the whole asking text implements (rank-sources.ts: parents, parentContext). Over the
// whole statute book an article read alone went wherever its words were rarest: 北京's 审计 regulation's penalty
// article to 慈善法's, where 审计法, which every other article follows, had the counterpart lower.
import { describe, expect, test } from 'vitest';
import {
  createSourceIndex,
  inferLikelyParents,
  PARENT_MARGIN,
  parentContext,
  rankSources,
  type AlignDocument,
} from '../../align/index.ts';

const law = (file: string, title: string, texts: string[]): AlignDocument => ({
  file,
  title,
  tier: 'national',
  jurisdiction: '中华人民共和国',
  kind: 'law',
  authorityLevel: 'law',
  articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
});

const audit = law('audit-law', '中华人民共和国审计法', [
  '审计机关对本级人民政府各部门的财政收支进行审计监督，依法独立行使审计监督权。',
  '审计机关有权要求被审计单位按照规定报送预算或者财务收支计划、决算和财务会计报告。',
  '被审计单位拒绝或者拖延提供与审计事项有关的资料的，由审计机关责令改正，可以通报批评，给予警告；拒不改正的，依法追究法律责任。',
  '审计人员滥用职权、徇私舞弊、玩忽职守的，依法给予处分；构成犯罪的，依法追究刑事责任。',
]);
const charity = law('charity-law', '中华人民共和国慈善法', [
  '慈善组织应当按照章程开展慈善活动，接受捐赠，管理慈善财产。',
  '慈善组织、捐赠人以及受益人违反治安管理规定的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。',
]);
const city: AlignDocument = {
  file: 'beijing-audit',
  title: '北京市审计条例',
  tier: 'provincial',
  jurisdiction: '北京市',
  kind: 'regulation',
  authorityLevel: 'local_regulation',
  articles: [
    '市和区审计机关对本级人民政府各部门的财政收支进行审计监督，依法独立行使审计监督权。',
    '审计机关有权要求被审计单位按照规定报送预算执行情况、决算和财务会计报告。',
    '被审计单位拒绝或者拖延提供与审计事项有关的资料的，由审计机关责令改正，给予警告。',
    '审计人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分；违反治安管理规定的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。',
  ].map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
};
const docs = [audit, charity, city];
const index = createSourceIndex(docs);
const fourth = { file: city.file, path: 'a4' };

describe('sources ranked with the likely parents of the asking text', () => {
  test('the whole text implements the audit law, not the charity law', () => {
    const parents = inferLikelyParents(docs, city.file);
    expect(parents[0]!.file).toBe('audit-law');
    expect(parentContext(parents)).toEqual(['audit-law']);
  });

  test('read alone, the penalty article goes to the charity law; with its parents, to the audit law first', () => {
    const alone = rankSources(index, fourth, { scope: 'UPPER', limit: 3 });
    expect(alone.map((m) => m.file)[0]).toBe('charity-law');
    expect(alone.every((m) => m.inParent === undefined)).toBe(true);
    const withParents = rankSources(index, fourth, { scope: 'UPPER', limit: 3, parents: ['audit-law'] });
    expect(withParents[0]).toMatchObject({ file: 'audit-law', path: 'a4', rank: 1, inParent: true });
    expect(withParents.map((m) => m.rank)).toEqual(withParents.map((_, k) => k + 1));
    // Ordered by score plus the margin for a parent's article.
    const key = (m: (typeof withParents)[number]) => m.score + (m.inParent ? PARENT_MARGIN : 0);
    expect(withParents.map(key)).toEqual([...withParents.map(key)].sort((a, b) => b - a));
    // A parent's articles are weighed as aligning that pair weighs them (the score an index of the two gives); any
    // other document's as without parents, so a short one is not marked down for its size.
    const pairScore = rankSources(createSourceIndex([audit, city]), fourth, { scope: 'UPPER', limit: 1 })[0]!.score;
    expect(withParents[0]!.score).toBe(pairScore);
    expect(withParents.find((m) => m.file === 'charity-law')).toMatchObject({
      score: alone.find((m) => m.file === 'charity-law')!.score,
      inParent: false,
    });
  });

  test('an article of another document scoring PARENT_MARGIN more still ranks first', () => {
    const withParents = rankSources(index, fourth, { scope: 'UPPER', limit: 3, parents: ['charity-law'] });
    const alone = rankSources(index, { file: city.file, path: 'a1' }, { scope: 'UPPER', limit: 3 });
    const parented = rankSources(
      index,
      { file: city.file, path: 'a1' },
      { scope: 'UPPER', limit: 3, parents: ['charity-law'] },
    );
    // 第一条 copies the audit law's first article: far above anything of the charity law.
    expect(alone[0]!.score - (alone.find((m) => m.file === 'charity-law')?.score ?? 0)).toBeGreaterThan(PARENT_MARGIN);
    expect(parented[0]).toMatchObject({ file: 'audit-law', path: 'a1', inParent: false });
    expect(withParents[0]!.file).toBe('charity-law');
  });

  test('parentContext keeps up to three parents scoring 0.8 of the first', () => {
    const p = (file: string, score: number) => ({ file, score });
    expect(parentContext([p('a', 0.3), p('b', 0.25), p('c', 0.2), p('d', 0.29)])).toEqual(['a', 'b']);
    expect(parentContext([p('a', 0.3), p('b', 0.29), p('c', 0.28), p('d', 0.27)])).toEqual(['a', 'b', 'c']);
    expect(parentContext([])).toEqual([]);
  });
});
