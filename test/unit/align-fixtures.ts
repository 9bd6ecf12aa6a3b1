/**
 * Test fixtures for the alignment tests: the bundled corpus documents as AlignDocuments, built by a deliberately
 * small line splitter (one article per `(一)heading。body` line). It stands in for the parser so that the engine's
 * tests depend only on the engine; the CLI and integration tests use the real parser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AlignDocument } from '../../align/align-types.ts';
import type { PolicyKind, Tier } from '../../model/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 十二 → 12, 二十一 → 21. */
export function chineseOrdinal(numeral: string): number {
  if (numeral === '十') return 10;
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  return (numeral.includes('十') ? (tens ? DIGITS[tens]! : 1) * 10 : 0) + (ones ? DIGITS[ones]! : 0);
}

/** Splits a file's `(一)…` lines into articles; numbering that restarts per part is made unique by order. */
export function fixtureDocument(
  path: string,
  meta: {
    title: string;
    tier: Tier;
    kind: PolicyKind;
    docNumber?: string;
    citedNumbers?: string[];
    renumber?: boolean;
  },
): AlignDocument {
  const text = readFileSync(root + path, 'utf8');
  const articles: AlignDocument['articles'][number][] = [];
  const lines = text.split(/\r?\n/);
  // A document with only 一、 items has no parts: its 一、 items are its articles.
  const hasParts = lines.some((line) => /^[(（][一二三四五六七八九十]+[)）]/.test(line.trim()));
  let part = hasParts ? 0 : 1;
  for (const line of lines) {
    if (hasParts && /^[一二三四五六七八九十]+、/.test(line)) part++;
    const m = hasParts
      ? /^[(（]([一二三四五六七八九十]+)[)）](.*)$/.exec(line.trim())
      : /^([一二三四五六七八九十]+)、(.*)$/.exec(line.trim());
    if (!m || part === 0) continue;
    const body = m[2]!;
    const stop = body.indexOf('。');
    const heading = stop >= 0 ? body.slice(0, stop) : body;
    const rest = (stop >= 0 ? body.slice(stop + 1) : '').replace(/[(（](牵头单位|责任单位)[^)）]*[)）]\s*$/, '');
    const number: number = meta.renumber ? articles.length + 1 : chineseOrdinal(m[1]!);
    articles.push({ number, path: hasParts ? `p${part}/a${number}` : `a${number}`, heading, text: rest });
  }
  return {
    file: path.split('/').pop()!,
    title: meta.title,
    tier: meta.tier,
    kind: meta.kind,
    articles,
    ...(meta.docNumber ? { docNumber: meta.docNumber } : {}),
    citations: (meta.citedNumbers ?? []).map((docNumber) => ({ docNumber, relation: 'implements' as const })),
  };
}

/** The four aligned corpus documents (the interpretation has no articles to align). */
export function corpusFixture(): AlignDocument[] {
  return [
    fixtureDocument('corpus/liuzhou-hitech-measures.txt', {
      title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
      tier: 'municipal',
      kind: 'measures',
    }),
    fixtureDocument('corpus/guangxi-hitech-measures.txt', {
      title: '关于促进广西高新技术产业开发区高质量发展的若干措施',
      tier: 'provincial',
      kind: 'measures',
      citedNumbers: ['国发〔2020〕7号'],
    }),
    fixtureDocument('corpus/state-council-hitech-opinions.txt', {
      title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
      tier: 'national',
      kind: 'opinions',
      docNumber: '国发〔2020〕7号',
    }),
    fixtureDocument('corpus/most-hitech-zone-plan-14th.txt', {
      title: '“十四五”国家高新技术产业开发区发展规划',
      tier: 'national',
      kind: 'plan',
      renumber: true,
    }),
  ];
}

/** The test documents of test/data/docs-align: a province, a city implementing it, a county copy in traditional characters. */
export function docsAlignFixture(): AlignDocument[] {
  return [
    fixtureDocument('test/data/docs-align/liucheng-digital-economy-measures-traditional.txt', {
      title: '柳城縣人民政府辦公室關於加快數字經濟發展的工作措施',
      tier: 'county',
      kind: 'measures',
      docNumber: '柳城政办发〔2022〕8号',
      citedNumbers: ['柳政辦發〔2022〕12號'],
    }),
    fixtureDocument('test/data/docs-align/liuzhou-digital-economy-plan.txt', {
      title: '柳州市人民政府办公室关于加快数字经济发展的实施方案',
      tier: 'municipal',
      kind: 'plan',
      docNumber: '柳政办发〔2022〕12号',
      citedNumbers: ['桂政办发〔2022〕5号'],
    }),
    fixtureDocument('test/data/docs-align/guangxi-digital-economy-measures.txt', {
      title: '广西壮族自治区人民政府办公厅关于加快数字经济发展的若干措施',
      tier: 'provincial',
      kind: 'measures',
      docNumber: '桂政办发〔2022〕5号',
      citedNumbers: ['国发〔2021〕29号'],
    }),
  ];
}
