import { expect, test } from 'vitest';
import type { PolicyRef } from '../../viewer/src/api-types.ts';
import { describeArticleBasis, describeBasis } from '../../viewer/src/describe-basis.ts';
import { documentName, sharedTitles } from '../../viewer/src/name-document.ts';

// "⚠ 依据已变更" alone told a researcher nothing: which upper text changed, how, when, and which of its articles.
const PAY = '保障中小企业款项支付条例';
const pay2020: PolicyRef = {
  id: 't:中华人民共和国|保障中小企业款项支付条例@2020-07-05',
  title: PAY,
  versionDate: '2020-07-05',
  versionStatus: 'superseded',
};
const pay2025: PolicyRef = {
  id: 't:中华人民共和国|保障中小企业款项支付条例@2025-03-17',
  title: PAY,
  versionDate: '2025-03-17',
  versionStatus: 'in_force',
};
const law2021: PolicyRef = {
  id: 't:中华人民共和国|科学技术进步法@2021-12-24',
  title: '中华人民共和国科学技术进步法',
  versionDate: '2021-12-24',
  versionStatus: 'in_force',
};
const shared = sharedTitles([pay2020, pay2025, law2021]);
const name = (lang: 'zh' | 'en') => (p: PolicyRef) => documentName(lang, p, shared);
const article = (n: number, label: string) => ({ id: `${pay2020.id}#a${n}`, number: n, label });

test('a superseded upper text: which, how, when, its new version and the articles that changed', () => {
  const change = {
    relation: 'BASED_ON',
    status: 'superseded',
    date: '2025-06-01',
    earlierTextInGraph: true,
    upper: pay2020,
    newVersion: pay2025,
    changedArticles: [article(10, '第十条'), article(12, '第十二条')],
  };
  expect(describeBasis('zh', [change], name('zh'))).toEqual([
    `${PAY}（2020-07-05） 已被替代 2025-06-01 → ${PAY}（2025-03-17）；变更条款：第十条、第十二条`,
  ]);
  expect(describeBasis('en', [change], name('en'))).toEqual([
    `${PAY} (2020-07-05) superseded 2025-06-01 → ${PAY} (2025-03-17); articles changed: 第十条, 第十二条`,
  ]);
  const many = { ...change, changedArticles: Array.from({ length: 14 }, (_, i) => article(i + 1, `(${i + 1})`)) };
  expect(describeBasis('zh', [many], name('zh'))[0]).toMatch(/\(12\) 等 14 条$/);
});

test('an upper text older than any in the graph: the version that replaced it and when, articles unknown', () => {
  const change = {
    relation: 'BASED_ON',
    status: 'superseded',
    date: '2022-01-01',
    earlierTextInGraph: false,
    upper: law2021,
    newVersion: law2021,
    changedArticles: [],
  };
  expect(describeBasis('zh', [change], name('zh'))).toEqual([
    '中华人民共和国科学技术进步法：所依据的更早文本不在图中，此版本于 2022-01-01 起取代它（已被替代），变更条款未知',
  ]);
});

test('an article: the upper article it carries, what became of it and when', () => {
  expect(
    describeArticleBasis(
      'zh',
      [
        {
          change: 'changed',
          date: '2025-06-01',
          upperArticle: { ...article(10, '第十条'), policy: pay2020 },
          newArticle: { id: `${pay2025.id}#a11`, number: 11, label: '第十一条' },
        },
        { change: 'deleted', date: '2025-06-01', upperArticle: { ...article(12, '第十二条'), policy: pay2020 } },
      ],
      name('zh'),
    ),
  ).toEqual([
    `${PAY}（2020-07-05，已被替代） 第十条 已修改，新版本为第十一条 2025-06-01`,
    `${PAY}（2020-07-05，已被替代） 第十二条 已删除 2025-06-01`,
  ]);
});
