// Statutes copied with their chapters and articles run together on a few long lines (real pages in
// test/data/web-pages, sources in its README): a copy whose articles cannot be read is refused, never stored empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePolicyBytes, parsePolicyText } from '../../import/index.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';
import { splitRunInStatute } from '../../import/parse/split-run-in-statute.ts';
import { prepareDocument } from '../../import/run/decide-policy-document.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = fileURLToPath(new URL('../data/web-pages/', import.meta.url));
// The copies were cut mid-character: read their bytes as the importer does.
const bytesOf = (name: string) => readFileSync(join(DIR, name));
const parseBytes = (bytes: Uint8Array, name: string) => parsePolicyBytes(bytes, { file: name });

/** The refusal's message, or 'imported'. */
const refusalOf = (d: PolicyDocument): string => {
  try {
    prepareDocument(d, createRunRegistry());
  } catch (error) {
    return (error as Error).message;
  }
  return 'imported';
};

describe('a statute whose articles could not be read is refused', () => {
  test('articles run inside a line with no sentence end before the second: refused (zscq.366861.com)', () => {
    // The copy with the full stop before 第二条 lost: no article can be cut from its lines safely.
    const name = 'nmg-tech-transfer-regulation.txt';
    const text = bytesOf(name).toString('utf8').replace('。第二条', '第二条');
    const d = parseBytes(Buffer.from(text), name);
    expect(d.articles).toHaveLength(0);
    expect(refusalOf(d)).toMatch(/^nmg-tech-transfer-regulation\.txt:3: .*第一条 and 第二条.*not imported/);
  });
});

describe('a statute whose chapters and articles run inside lines is cut at them', () => {
  test('glued, several on a line, a paragraph before the next article (zscq.366861.com)', () => {
    const name = 'nmg-tech-transfer-regulation.txt';
    const d = parseBytes(bytesOf(name), name);
    expect(d.title).toBe('内蒙古自治区促进科技成果转化条例');
    expect(d.parts.map((p) => `${p.label} ${p.heading} ${p.articles.length}`)).toEqual([
      '第一章 总则 5',
      '第二章 组织实施 4',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => `第${n}条`),
    );
    expect(d.articles[0]!.paragraphs).toEqual([
      '为了促进科技成果转化为现实生产力,促进经济建设和社会发展,根据《中华人民共和国促进科技成果转化法》和有关法律法规,结合自治区实际,制定本条例。',
    ]);
    expect(d.articles[3]!.paragraphs?.[1]).toBe('科技成果转化中的知识产权受法律保护。');
    expect(d.articles[4]!.paragraphs).toHaveLength(2);
    expect(d.articles[5]!.text).toMatch(/^各级人民政府应当将科技成果转化纳入国民经济/);
    expect(d.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(refusalOf(d)).toBe('imported');
  });

  test('spaced on one line after the title, below a doc site’s page lines (xiaomilidoc.com)', () => {
    const name = 'nmg-keji-jinbu-regulation-doc.txt';
    const d = parseBytes(bytesOf(name), name);
    expect(d.parts.map((p) => p.label)).toEqual(['第一章']);
    expect(d.articles.map((a) => a.label)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八'].map((n) => `第${n}条`),
    );
    expect(d.articles[0]!.text).toMatch(/^为了实施科教兴区战略,.*制定本条例。$/);
    expect(d.articles[4]!.text).toBe(
      '自治区各级科学技术行政部门负责本行政区域内科学技术工作的宏观管理与统筹协调。各级人民政府的其他有关部门,必须做好职责范围内的科学技术工作.',
    );
    expect(d.articles.map((a) => a.text).join('')).not.toMatch(/第[一二三四五六七八九十]+条/);
    expect(d.citations.map((c) => `${c.relation} ${c.title}`)).toEqual(['based_on 中华人民共和国科学技术进步法']);
    expect(refusalOf(d)).toBe('imported');
  });

  const linesOf = (text: string) => splitRunInStatute(toSourceLines(text)).map((l) => l.match);

  test.each([
    ['依照本条例第二条', '第一条为了…,制定本条例。依照本条例第二条规定的程序办理。第二条本条例适用于…。第三条…。'],
    ['第二条规定的', '第一条为了…,制定本条例。第二条规定的事项,由…办理。第二条本条例适用于…。第三条…。'],
    ['《…》第二条', '第一条为了…,根据《中华人民共和国某某法》第二条,制定本条例。第二条本条例适用于…。'],
    ['前款第二条', '第一条为了…。前款第二条所列…。第二条本条例适用于…。'],
    ['第二条修改为', '第一条为了…。第二条修改为:…。第二条本条例适用于…。'],
  ])('a marker citing an article never cuts (%s)', (_, line) => {
    const cut = linesOf(`某某条例\n第一章总则${line}`);
    expect(cut.filter((l) => /^第二条/.test(l))).toEqual([expect.stringMatching(/^第二条本条例适用于/)]);
  });

  test('a chapter out of sequence is no heading: an article after it is not cut, nor one out of sequence', () => {
    // 第三章 after 第一章 leaves 第二条 glued to it: with one article cut, the text stays as it was.
    const text = '某某条例\n第一章总则第一条为了…。第三章附则第二条本条例自…施行。';
    expect(linesOf(text)).toEqual(text.split('\n'));
    expect(linesOf('某某通知 第一条为了…。第三条…。')).toEqual(['某某通知 第一条为了…。第三条…。']);
    expect(linesOf('某某条例 第一章总则第一条为了…。第二章附则第二条本条例自…施行。')).toEqual([
      '某某条例',
      '第一章总则',
      '第一条为了…。',
      '第二章附则',
      '第二条本条例自…施行。',
    ]);
  });

  test('a statute naming itself with its qualifier (制定本工作条例), its articles run after the chapter heading', async () => {
    expect(linesOf('某某工作条例(试行)\n第一章 总则第一条 为了…,特制定本工作条例。第二条 常委会…。')).toEqual([
      '某某工作条例(试行)',
      '第一章 总则',
      '第一条 为了…,特制定本工作条例。',
      '第二条 常委会…。',
    ]);
    // A Q&A site's answer runs the whole text into one line: 第一章 总则 and 第一条–第八条.
    const d = parseBytes(bytesOf('xz-renda-work-rules-qa.txt'), 'xz-renda-work-rules-qa.txt');
    expect(d.parts.map((p) => p.label)).toEqual(['第一章']);
    expect(d.parts[0]!.articles.map((a) => a.label)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八'].map((n) => `第${n}条`),
    );
  });

  test('本条规定, 本款规定: an article naming its own article or paragraph is no text naming itself', () => {
    const text = '关于某事的说明\n第一条所列事项按本条规定办理。第二条所列事项按本款规定办理。\n';
    expect(linesOf(text)).toEqual(text.split('\n'));
  });

  test('a text where a line opens an article is left to the body’s reader', () => {
    const text = '某某条例\n第一条 为了…。\n前款…。第二条本条例适用于…。';
    expect(linesOf(text)).toEqual(text.split('\n'));
  });

  // A reviewer's texts: an interpretation tells its statute's articles in sentences; they are no articles of its own.
  test.each([
    '关于《某某条例》的解读\n一、总体框架\n条例共七章四十二条。第一条明确了立法目的。第二条明确了适用范围。第三条明确了原则。\n二、主要内容\n条例规定了各方责任。\n',
    '关于《某某条例》的解读\n条例共七章。第一条为立法目的。第二条为适用范围。\n',
  ])('an interpretation telling 第一条 and 第二条 is not cut: %s', (text) => {
    expect(linesOf(text)).toEqual(text.split('\n'));
  });

  test('the refusal is kept for what is no statute: a notice holding 第一条 and 第二条 is read as before', () => {
    const d = parsePolicyText(
      ['某某市人民政府关于某事的复函', '你局来函收悉。经研究,第一条所列事项同意,第二条所列事项不同意。'].join('\n'),
      {
        file: 'x.txt',
      },
    );
    expect(d.articles).toHaveLength(0);
    expect(d.issues.map((i) => i.code)).not.toContain('ARTICLES_NOT_READ');
  });
});
