import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BASIS_CANDIDATES } from '../../align/index.ts';
import { alignFiles, toCliPair } from '../../cli/commands/align.ts';

// The CLI path with the real parser: corpus files → parsed documents → pairs, no database.
const root = fileURLToPath(new URL('../../', import.meta.url));
const warnings: string[] = [];
const pairs = (await alignFiles([join(root, 'corpus')], (line) => warnings.push(line))).map(toCliPair);
const LIUZHOU = '柳政规〔2021〕18号';
const STATE_COUNCIL = '国发〔2020〕7号';
const GUANGXI = '关于促进广西高新技术产业开发区高质量发展的若干措施';

describe('policygraph align --json over the bundled corpus', () => {
  test('the Liuzhou measures, which carry no number, get 柳政规〔2021〕18号 from their interpretation', () => {
    expect(
      pairs.some(
        (p) =>
          p.lower.docNumber === LIUZHOU && p.lower.title === '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
      ),
    ).toBe(true);
  });

  test('the interpretation is never a lower document', () => {
    expect(pairs.filter((p) => p.lower.title.includes('解读'))).toEqual([]);
  });

  test('every pair has exactly the printed shape', () => {
    expect(pairs.length).toBeGreaterThan(20);
    for (const p of pairs) {
      expect(Object.keys(p)).toEqual(['lower', 'upper', 'score', 'class', 'evidence']);
      expect(Object.keys(p.lower)).toEqual(['file', 'docNumber', 'title', 'article', 'heading']);
    }
  });

  test.each([
    [1, STATE_COUNCIL, 6, '加强关键核心技术'],
    [2, GUANGXI, 3, '支持高新区骨干企业联合区内外高校、科研院所等建设'],
    [15, STATE_COUNCIL, 15, '深化管理体制机制改革'],
    [17, STATE_COUNCIL, 17, '金融服务'],
    [3, STATE_COUNCIL, 5, '创新人才'],
  ] as const)('Liuzhou (%i) → %s (%i) at rank 1, evidence «%s»', (article, upper, upperArticle, shared) => {
    const first = pairs.find((p) => p.lower.docNumber === LIUZHOU && p.lower.article === article)!;
    expect([first.upper.docNumber ?? first.upper.title, first.upper.article]).toEqual([
      upper === GUANGXI ? GUANGXI : upper,
      upperArticle,
    ]);
    expect(first.evidence.some((e) => e.lowerText.includes(shared) && e.upperText.includes(shared))).toBe(true);
  });

  test('sorted by lower document, lower article, then score descending, at most 5 per article and 3 more of what it rests on', () => {
    const lowerDocs = [...new Set(pairs.map((p) => p.lower.file))];
    let count = 0;
    for (let i = 1; i < pairs.length; i++) {
      const a = pairs[i - 1]!;
      const b = pairs[i]!;
      expect(lowerDocs.indexOf(a.lower.file)).toBeLessThanOrEqual(lowerDocs.indexOf(b.lower.file));
      if (a.lower.file === b.lower.file) {
        expect(a.lower.article).toBeLessThanOrEqual(b.lower.article);
        if (a.lower.article === b.lower.article) {
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          count++;
        } else count = 0;
      } else count = 0;
      // Five candidates, and up to BASIS_CANDIDATES more in each document the lower one rests on (根据《…》):
      // 洛阳's articles have five among the law and 河南's regulation, and the law's best three besides.
      expect(count).toBeLessThan(5 + BASIS_CANDIDATES);
    }
    // Each lower document appears in one block (sorted by document first).
    const blocks = pairs.map((p) => p.lower.file).filter((f, i, all) => i === 0 || all[i - 1] !== f);
    expect(blocks).toEqual(lowerDocs);
  });

  test('a folder is read as the importer reads it: the statutes in Markdown under corpus/laws are aligned too', () => {
    const lowerFiles = new Set(pairs.map((p) => p.lower.file.slice(root.length)));
    expect(lowerFiles).toContain('corpus/laws/洛阳市科学技术进步条例(2019-08-19).md');
    // Two versions of one regulation share a title and have no number: the file tells them apart.
    const versions = [...lowerFiles].filter((f) => f.includes('上海市科学技术进步条例'));
    expect(versions.sort()).toEqual([
      'corpus/laws/上海市科学技术进步条例(2010-09-17).md',
      'corpus/laws/上海市科学技术进步条例(2024-05-10).md',
    ]);
    // The city's regulation cites the law by name (根据《中华人民共和国科学技术进步法》等有关法律、法规): it is aligned
    // against that law, and against 河南's regulation of its subject, which it does not name (engine 1.11).
    const luoyangUppers = new Set(
      pairs.filter((p) => p.lower.title === '洛阳市科学技术进步条例').map((p) => p.upper.title),
    );
    expect([...luoyangUppers].sort()).toEqual(['中华人民共和国科学技术进步法', '河南省科学技术进步条例']);
  });

  test('no file was skipped', () => {
    expect(warnings).toEqual([]);
  });

  test('a path that does not exist is named, and the others are still read', async () => {
    const told: string[] = [];
    const some = await alignFiles([join(root, 'no-such-folder'), join(root, 'test/data/docs-align')], (line) =>
      told.push(line),
    );
    expect(told).toEqual([`no file or folder ${join(root, 'no-such-folder')}`]);
    expect(some.length).toBeGreaterThan(0);
    // Files listed but none readable (a binary file named .txt): an error too, not an empty success.
    const binary = join(mkdtempSync(join(tmpdir(), 'pg-align-')), 'binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 3]));
    await expect(alignFiles([binary], () => {})).rejects.toThrow('none of the 1 files could be read');
    await expect(alignFiles([join(root, 'no-such-folder')], () => {})).rejects.toThrow(
      `no policy text (.txt .md .html .htm) in ${join(root, 'no-such-folder')}`,
    );
  });
});
