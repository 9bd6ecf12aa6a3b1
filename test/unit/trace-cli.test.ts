import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { longestSpans, readTraceArgs, run } from '../../cli/commands/trace.ts';
import { captureCli } from './capture-cli.ts';

// `policygraph trace FILE --against FOLDER`: no database; the folder is read as the importer reads it.
const trace = (args: string[]) => captureCli(run, args);
const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

afterEach(() => vi.restoreAllMocks());

// Tester D (/tmp/explore-d, defect 6): trace printed only the asking article's side, so «…» read as a quotation both
// texts contain, though the source writes it otherwise.
describe('shared pieces as trace prints them', () => {
  test.each([
    [[{ lowerText: '扬尘污染防治', upperText: '扬尘污染防治' }], '«扬尘污染防治»'],
    [[{ lowerText: '本市鼓励单位', upperText: '国家鼓励单位' }], '«本市鼓励单位»⇄«国家鼓励单位»'],
    [[{ lowerText: '保护、发展,', upperText: '保护发展，' }], '«保护、发展,»'],
    [
      [
        { lowerText: '制定', upperText: '制定' },
        { lowerText: '科技成果轉化', upperText: '科技成果转化' },
      ],
      '«科技成果轉化»⇄«科技成果转化» «制定»',
    ],
  ])('%j → %s', (evidence, printed) => {
    expect(longestSpans(evidence)).toBe(printed);
  });
});

describe('policygraph trace --against', () => {
  test('a folder is read recursively, statutes in Markdown included: the laws of corpus/laws are sources', async () => {
    const { code, out } = await trace([
      `${corpus}liuzhou-hitech-measures.txt`,
      '--against',
      corpus,
      '--scope',
      'UPPER',
      '--limit',
      '50',
      '--json',
    ]);
    expect(code).toBe(0);
    const traced = JSON.parse(out) as { articles: { sources: { file: string; article: number; score: number }[] }[] };
    const files = new Set(traced.articles.flatMap((a) => a.sources.map((s) => s.file.replace(corpus, ''))));
    expect([...files].filter((f) => f.startsWith('laws/')).length).toBeGreaterThan(0);
    // The scores of the graph after `npm start` (corpus and laws imported; README’s sources example): the State
    // Council opinions, which the measures implement, weigh their own bigrams (rank-sources.ts, parents).
    expect(traced.articles[0]!.sources[0]).toMatchObject({ article: 6, score: 0.2968, inParent: true });
  });

  test('a formal provision is named as such and not traced; the articles before it are', async () => {
    const law = `${corpus}laws/上海市科学技术进步条例(2024-05-10).md`;
    const text = await trace([law, '--against', `${corpus}laws/`, '--scope', 'UPPER', '--limit', '2']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /\n第四十七条 本条例自2024年6月1日起施行。\n {4}formal provision \(when it takes effect\): not traced\n/,
    );
    const { out } = await trace([law, '--against', `${corpus}laws/`, '--scope', 'UPPER', '--limit', '2', '--json']);
    const traced = JSON.parse(out) as { articles: { article: number; formal?: string; sources: unknown[] }[] };
    expect(traced.articles.filter((a) => a.formal)).toEqual([
      { article: 47, path: 'p11/a47', heading: '', formal: 'effective-date', sources: [] },
    ]);
    expect(traced.articles.filter((a) => a.sources.length > 0).length).toBeGreaterThan(30);
  }, 30_000); // two traces of a statute against the corpus: seconds, more on a loaded machine

  // Two versions of 上海市科学技术进步条例 are in corpus/laws: the text names documents and articles as a reader does.
  test('the text names the document traced, articles by their labels, documents by title with the date when shared', {
    timeout: 30_000,
  }, async () => {
    const law = `${corpus}laws/上海市科学技术进步条例(2010-09-17).md`;
    const { code, out } = await trace([
      `${law}#p1/a5`,
      '--against',
      `${corpus}laws/`,
      '--scope',
      'UPPER',
      '--limit',
      '3',
    ]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    // An ARTICLE trace says whose article it is, and which version.
    expect(lines[0]).toBe('上海市科学技术进步条例（2010-09-17）');
    expect(lines[1]).toMatch(/^第五条 /);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(2))
      expect(line).toMatch(/^ {4}\d\. \d\.\d{3} \S+ +\S+ 第[一二三四五六七八九十百]+条 \[UPPER(, likely parent)?\] «/);
  });

  // A PEER source of another province's regulation of the same law is no likely parent of the text: it shares one.
  test('PEER: another province’s regulation of the same law shares the likely parent, and says so', {
    timeout: 60_000,
  }, async () => {
    const law = `${corpus}laws/北京市促进科技成果转化条例(2019-11-27).md`;
    const { code, out } = await trace([
      `${law}#p1/a2`,
      '--against',
      `${corpus}laws/`,
      '--scope',
      'PEER',
      '--limit',
      '2',
    ]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n').slice(2);
    expect(lines.map((l) => l.replace(/ «.*$/, ''))).toEqual([
      '    1. 0.835 almost_identical  河南省促进科技成果转化条例 第二条 [PEER, shares likely parent]',
      '    2. 0.448 related           山东省促进科技成果转化条例 第二条 [PEER, shares likely parent]',
    ]);
  });

  test('the longest shared spans come first, three at most, each cut to a readable length', {
    timeout: 60_000,
  }, async () => {
    const law = `${corpus}laws/上海市科学技术进步条例(2024-05-10).md`;
    const args = [law, '--against', `${corpus}laws/`, '--scope', 'UPPER', '--limit', '2'];
    const { out } = await trace(args);
    const sourceLines = out.split('\n').filter((l) => /^ {4}\d\. /.test(l));
    expect(sourceLines.length).toBeGreaterThan(30);
    const { out: json } = await trace([...args, '--json']);
    const traced = JSON.parse(json) as { articles: { sources: { evidence: { lowerText: string }[] }[] }[] };
    const evidence = traced.articles.flatMap((a) => a.sources.map((s) => s.evidence.map((e) => e.lowerText)));
    expect(evidence.length).toBe(sourceLines.length);
    sourceLines.forEach((line, i) => {
      // The asking article's side of each piece (a source writing it otherwise follows after ⇄).
      const printed = [...line.matchAll(/(?<!⇄)«([^»]*)»/g)].map((m) => m[1]!);
      const longest = [...evidence[i]!]
        .sort((a, b) => b.length - a.length)
        .slice(0, 3)
        .map((s) => s.replace(/\s+/g, ' '));
      expect(printed).toEqual(longest.map((s) => (s.length > 30 ? `${s.slice(0, 30)}…` : s)));
    });
    // Likely parents are named as sources are, not by file.
    expect(out).toMatch(
      /^likely parents \(citations ignored\):\n {4}0\.\d{3} 中华人民共和国科学技术进步法 \(\d+ articles/m,
    );
  });

  test('a document whose parents are not among the files says so, and a later text standing in is named', async () => {
    // 浠水's work rules of 2017 (test/data/time-order/README.md) got 科学技术进步法 at 0.06 before likelyParents' floor.
    const rules = fileURLToPath(new URL('../data/time-order/xishui-county-rules-2017.txt', import.meta.url));
    const none = await trace([rules, '--against', `${corpus}laws/`, '--limit', '1']);
    expect(none.code).toBe(0);
    expect(none.out).toMatch(
      /\nlikely parents \(citations ignored\): none \(no document above it reaches the floor\)\n$/,
    );
    // 上海's regulation of 2010 rests on 科学技术进步法, whose only text here is of 2021.
    const shanghai = `${corpus}laws/上海市科学技术进步条例(2010-09-17).md`;
    const later = await trace([shanghai, '--against', `${corpus}laws/`, '--limit', '1']);
    expect(later.out).toMatch(
      / {4}0\.\d{3} 中华人民共和国科学技术进步法 \(\d+ articles best aligned there\), a later version standing in for its work\n/,
    );
  });

  test('an article whose copied text breaks a line is named on one line', async () => {
    // 云南's 若干规定 as a page gave it (a tester's copy): 《 at a line's end, the title on the next.
    const dir = mkdtempSync(join(tmpdir(), 'trace-wrapped-'));
    const file = join(dir, 'yunnan.txt');
    writeFileSync(
      file,
      '云南省实施《中华人民共和国促进科技成果转化法》若干规定\n第一条 为促进科技成果转化为现实生产力，根据《\n中华人民共和国促进科技成果转化法》，制定本规定。\n第二条 在本省行政区域内，从事科技成果转化活动，必须遵守《\n中华人民共和国促进科技成果转化法》和本规定。\n',
    );
    const { code, out } = await trace([file, '--against', `${corpus}laws/`, '--limit', '1']);
    expect(code).toBe(0);
    expect(out).toContain('\n第二条 在本省行政区域内，从事科技成果转化活动，必须遵守《 中华人民\n');
  }, 30_000);

  test('a path that does not exist is named; the rest is still read', async () => {
    const { code, err } = await trace([`${corpus}liuzhou-hitech-measures.txt`, '--against', corpus, 'nowhere/']);
    expect(code).toBe(0);
    expect(err).toContain('no file or folder nowhere/');
  });

  // A Markdown post the reader could not read printed only its title and exited 0: trace says why, as import does.
  test('a file without articles is refused with the reason, before any source is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    const file = join(dir, 'notes.md');
    writeFileSync(file, '# 学习笔记\n\n今天读了一部条例，没有条文。\n');
    const { code, out, err } = await trace([file, '--against', `${corpus}laws/`]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/notes\.md: nothing to trace: \[NO_STRUCTURE\] no recognisable structure/);
  });

  test('bad arguments name what is wrong', () => {
    expect(readTraceArgs(['a.txt', '--scope', 'UP'])).toBe('--scope is UPPER, PEER or ALL');
    expect(readTraceArgs(['a.txt', '--limit', '0'])).toBe('--limit is an integer from 1 to 50');
    expect(readTraceArgs(['--against'])).toBe('--against needs at least one path');
  });
});
