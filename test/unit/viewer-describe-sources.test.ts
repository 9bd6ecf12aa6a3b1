import { expect, test } from 'vitest';
import type { PolicyRef } from '../../viewer/src/api-types.ts';
import {
  describeParents,
  describeReuse,
  describeSources,
  formatShare,
  type ReuseData,
} from '../../viewer/src/describe-sources.ts';

// The viewer showed none of sources, likelyParents and reuse (issue 15): a researcher could not ask where a text
// comes from when it cites nothing, or who copied it. The figures below are the API's answers on the bundled corpus.
const name = (p: PolicyRef) => p.title;
const law: PolicyRef = {
  id: 't:中华人民共和国|促进科技成果转化法@2015-08-29',
  title: '中华人民共和国促进科技成果转化法',
};
const progress: PolicyRef = { id: 't:中华人民共和国|科学技术进步法@2021-12-24', title: '中华人民共和国科学技术进步法' };
const shanghai: PolicyRef = { id: 't:上海市|促进科技成果转化条例@2017-04-20', title: '上海市促进科技成果转化条例' };

test.each([
  [0.1068, '10.7%'],
  [0.0297, '3.0%'],
  [1, '100.0%'],
  [0, '0.0%'],
])('formatShare(%s) → %s', (share, shown) => {
  expect(formatShare(share)).toBe(shown);
});

test('likely parents: title, score, cited and later version, in both languages', () => {
  const parents = [
    { policy: law, score: 0.2421, alignedArticles: 28, cited: true, laterVersion: false, via: null },
    { policy: progress, score: 0.1588, alignedArticles: 16, cited: false, laterVersion: true, via: null },
  ];
  expect(describeParents('zh', parents, name)).toEqual([
    { policyId: law.id, title: law.title, meta: '相似度 0.24 · 已引用', spans: [] },
    { policyId: progress.id, title: progress.title, meta: '相似度 0.15 · 后出版本', spans: [] },
  ]);
  expect(describeParents('en', parents, name).map((l) => l.meta)).toEqual([
    'score 0.24 · cited',
    'score 0.15 · later version',
  ]);
});

test("a likely parent's via is a link of its own, named as documents are, the words around it in each language", () => {
  const rules: PolicyRef = { id: 'r:实施条例', title: '中华人民共和国促进科技成果转化法实施条例' };
  const parents = [{ policy: law, score: 0.31, alignedArticles: 12, cited: false, laterVersion: false, via: rules }];
  const named = (p: PolicyRef) => `«${p.title}»`;
  expect(describeParents('zh', parents, named)).toEqual([
    {
      policyId: law.id,
      title: `«${law.title}»`,
      meta: '相似度 0.31',
      via: { policyId: rules.id, before: '经由', title: `«${rules.title}»`, after: '' },
      spans: [],
    },
  ]);
  expect(describeParents('en', parents, named)[0]!.via).toEqual({
    policyId: rules.id,
    before: 'via ',
    title: `«${rules.title}»`,
    after: '',
  });
});

test('peer reuse: share as a percentage, inherited characters, the three longest passages first', () => {
  const peer: ReuseData = {
    policy: shanghai,
    share: 0.1068,
    sharedCharacters: 625,
    inheritedCharacters: 210,
    spans: [
      { text: 'a'.repeat(20), length: 20 },
      { text: 'b'.repeat(44), length: 44 },
      { text: 'c'.repeat(22), length: 22 },
      { text: 'd'.repeat(32), length: 32 },
    ],
  };
  expect(describeReuse('zh', [peer], name)).toEqual([
    {
      policyId: shanghai.id,
      title: shanghai.title,
      meta: '相同文字 10.7% · 另有 210 字同出上位文件',
      spans: ['b'.repeat(44), 'd'.repeat(32), 'c'.repeat(22)],
    },
  ]);
  expect(describeReuse('en', [{ ...peer, inheritedCharacters: 0 }], name)[0]!.meta).toBe('10.7% shared wording');
});

test("sources: the source's document and article, score, class, upper or peer, and its side of the evidence", () => {
  const lines = describeSources(
    'zh',
    [
      {
        scope: 'UPPER',
        score: 0.3036,
        class: 'partially_related',
        article: {
          id: '国发〔2020〕7号#p2/a6',
          label: '(六)',
          heading: '加强关键核心技术创新和成果转移转化',
          policy: { id: '国发〔2020〕7号', title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见' },
        },
        evidence: [{ upperText: '加强关键核心技术' }, { upperText: '成果转移转化' }],
        inLikelyParent: true,
      },
      {
        scope: 'PEER',
        score: 0.41,
        class: 'related',
        article: { id: 'x#a1', label: '第一条', heading: null, policy: shanghai },
        evidence: [],
      },
    ],
    name,
  );
  expect(lines).toEqual([
    {
      policyId: '国发〔2020〕7号',
      articleId: '国发〔2020〕7号#p2/a6',
      title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见 (六)加强关键核心技术创新和成果转移转化',
      meta: '相似度 0.30 · 部分相关 · 上级',
      mark: { kind: 'in-parent', text: '属可能的上位文件' },
      spans: ['加强关键核心技术', '成果转移转化'],
    },
    {
      policyId: shanghai.id,
      articleId: 'x#a1',
      title: '上海市促进科技成果转化条例 第一条',
      meta: '相似度 0.41 · 相关 · 同级',
      spans: [],
    },
  ]);
});

test('a source in a likely parent of the asking text is marked in both languages; another is not', () => {
  const source = (inLikelyParent: boolean) => ({
    scope: 'UPPER',
    score: 0.2,
    class: 'related',
    article: { id: 'a', label: '第三条', policy: law },
    evidence: [],
    inLikelyParent,
  });
  expect(describeSources('en', [source(true), source(false)], name).map((l) => l.mark?.text)).toEqual([
    'in a likely parent',
    undefined,
  ]);
});

test('a peer resting on a likely parent of the asking text is marked so in both languages', () => {
  const peer = (sharesLikelyParent: boolean) => ({
    scope: 'PEER',
    score: 0.47,
    class: 'related',
    article: { id: 'b', label: '第十三条', policy: law },
    evidence: [],
    inLikelyParent: false,
    sharesLikelyParent,
  });
  expect(describeSources('zh', [peer(true), peer(false)], name).map((l) => l.mark)).toEqual([
    { kind: 'shares-parent', text: '同据可能的上位文件' },
    undefined,
  ]);
  expect(describeSources('en', [peer(true)], name)[0]!.mark?.text).toBe('shares a likely parent');
});
