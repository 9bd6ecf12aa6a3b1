// All 2,822 statutes of ../shared/corpora/lawrefbook (issue 12 "Done when", issue 14 authority level): no crash;
// title, chapter count and article count right on ≥ 97% of files, judged against a truth read from each file's own
// `#`, `##` and `第X条` lines by the small reader below (written apart from the parser); nothing silently dropped;
// authority level right on ≥ 97% of files, the truth taken from the folder names. Exceptions are listed with the
// reason found by reading the file. Set LAWREFBOOK_DIR to run it on another copy; skipped when the folder is absent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import type { AuthorityLevel, PolicyDocument } from '../../model/index.ts';
import { parsePolicyText, simplifyChars } from '../../import/parse/index.ts';

const ROOT = process.env.LAWREFBOOK_DIR ?? join(findSharedCorpora(), 'lawrefbook');
const present = existsSync(ROOT);

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? listMarkdown(join(dir, e.name))
      : e.name.endsWith('.md') && e.name !== '_index.md'
        ? [join(dir, e.name)]
        : [],
  );
}

// ---- The truth reader: raw lines only, no code shared with the parser. ----
const N = '[一二三四五六七八九十百千零〇]+';
const TRUTH_CHAPTER = new RegExp(`^#{2,6}\\s*第${N}章`);
// 第十条 …, 第十条之一 …; also the corpus's typos '第一百二十八 条侦查人员…' (a space inside the label) and '笫五十四条 清算组…'
// (农民专业合作社法 2017: 笫, a bed mat, typed for 第).
const TRUTH_ARTICLE = new RegExp(`^[第笫]${N}\\s*条(?:之${N})?(?:[ \\u3000]|$)|^第${N}\\s+条`);

interface Truth {
  title: string;
  chapters: number;
  articles: number;
  /** Body lines (after the head), markup and spaces removed, for the check that nothing is dropped. */
  body: string[];
}

function readTruth(text: string): Truth {
  const lines = text.split('\n');
  const title = (lines.find((l) => l.startsWith('# ')) ?? '').slice(2).replace(/\s+/g, '');
  const end = lines.findIndex((l) => l.includes('<!-- INFO END -->'));
  const body = lines.slice(end + 1);
  return {
    title,
    chapters: lines.filter((l) => TRUTH_CHAPTER.test(l)).length,
    articles: body.filter((l) => TRUTH_ARTICLE.test(l)).length,
    // Table rules (|---|---|) are markup, not text.
    body: body
      .map((l) => squeeze(l.replace(/^#+\s*/, '').replace(/<!--.*?-->/g, '')))
      .filter((l) => l !== '' && !/^[-:]+$/.test(l)),
  };
}

// ---- What the parser gives, in the same terms. ----
// The parser keeps simplified characters (二噁英 → 二恶英); compare in that form.
const squeeze = (s: string) => simplifyChars(s.replace(/[\s|\u200b\u3000]+/g, ''));

function keptLines(d: PolicyDocument): Set<string> {
  const kept = new Set<string>();
  const add = (text: string | undefined) => {
    for (const line of (text ?? '').split('\n')) kept.add(squeeze(line));
  };
  add(d.preamble);
  const parts = [...d.parts, ...d.parts.flatMap((p) => p.sections ?? [])];
  for (const p of parts) {
    const [first = '', ...rest] = (p.text ?? '').split('\n');
    for (const line of [
      `${p.label}${p.heading}`,
      `${p.label}${p.heading}。`,
      `${p.label}${p.heading}。${first}`,
      `${p.label}${p.heading}：${first}`,
      `${p.label}${p.heading}：`,
      `${p.label}${p.heading}:${first}`,
      `${p.label}${first}`,
      p.heading,
      first,
      ...rest,
    ])
      add(line);
    // 编 and 分编 headings are kept on their chapters (第二编 分则 第一分编 通则).
    for (const book of (p.book ?? '').split(/\s(?=第)/)) add(book);
  }
  for (const a of d.articles) {
    const [first = '', ..._rest] = a.text.split('\n');
    // A statute keeps a bracketed heading (第一条【目的】…); a numbered paragraph its run-in heading (七、本决定…。).
    // (…or a heading ended by a colon: 知识产权保护方面5项：…)
    for (const heading of a.heading
      ? [`【${a.heading}】`, `${a.heading}。`, `${a.heading}：`, `${a.heading}:`, a.heading]
      : ['']) {
      add(`${a.label}${heading}${first}`);
      add(`${a.label}${heading}`);
    }
    add(a.text);
  }
  return kept;
}

/**
 * True when the line is kept pieces end to end, in order: a line where articles ran together, which the parser cut
 * into its articles and their paragraphs (…决定。 + 第十六条市人民代表大会…). Nothing of it may be missing.
 */
function madeOfKept(line: string, kept: Set<string>): boolean {
  const pieces = [...kept].filter((k) => k !== '' && line.includes(k));
  const reached = new Array<boolean>(line.length + 1).fill(false);
  reached[0] = true;
  for (let i = 0; i < line.length; i++) {
    if (!reached[i]) continue;
    for (const piece of pieces) if (line.startsWith(piece, i)) reached[i + piece.length] = true;
  }
  return reached[line.length]!;
}

const LEVEL_OF_FOLDER: Record<string, AuthorityLevel> = {
  宪法: 'constitution',
  行政法规: 'administrative_regulation',
  部门规章: 'departmental_rule',
  司法解释: 'judicial_interpretation',
  DLC: 'local_regulation',
};
// The other folders hold laws of the NPC and its Standing Committee; the 决定 of the NPCSC among them (on legal
// questions, with the force of law) count as law too.
const levelOfFolder = (file: string): AuthorityLevel => LEVEL_OF_FOLDER[file.split('/')[0]!] ?? 'law';

// Files where the parser differs from the truth reader and reading the file shows the parser right.
// Files where articles run together on one line ('…会议决定。 第十六条市人民代表大会会议设立秘书处…'; 飞行基本规则 has each
// chapter's articles on one line): the parser reads each article, the truth reader counts only lines opening with one.
const STRUCTURE_EXCEPTIONS = [
  'DLC/北京地方法规/地方性法规/北京/北京市人民代表大会议事规则(2022-01-10).md',
  // '第五章法律责任' stands as a plain line, without '##': a chapter all the same.
  'DLC/山东地方法规/地方性法规/山东/山东省循环经济条例(2016-07-22).md',
  'DLC/河南地方法规/地方性法规/河南/周口市文明行为促进条例(2020-12-16).md',
  'DLC/河南地方法规/地方性法规/河南/河南省专业技术人员继续教育条例(2010-07-30).md',
  'DLC/河南地方法规/地方性法规/河南/河南省历史文化名城保护条例(2010-07-30).md',
  'DLC/河南地方法规/地方性法规/河南/河南省基本农田保护条例(2010-07-30).md',
  '行政法规/飞行基本规则(2007-10-18).md',
];

interface Result {
  file: string;
  truth: Truth;
  doc?: PolicyDocument;
  error?: string;
}

describe.skipIf(!present)('the lawrefbook statutes', () => {
  const results: Result[] = [];
  let parseMs = 0;

  beforeAll(() => {
    const files = listMarkdown(ROOT).sort();
    const started = performance.now();
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const file = relative(ROOT, path);
      const result: Result = { file, truth: readTruth(text) };
      try {
        result.doc = parsePolicyText(text, { file });
      } catch (error) {
        result.error = String(error);
      }
      results.push(result);
    }
    parseMs = performance.now() - started;
    console.info(
      `lawrefbook: ${files.length} files parsed in ${(parseMs / 1000).toFixed(1)} s (with reading and the truth reader)`,
    );
  }, 600_000);

  test('all 2,822 files parse without a crash', () => {
    expect(results.length).toBe(2822);
    expect(results.filter((r) => r.error).map((r) => `${r.file}: ${r.error}`)).toEqual([]);
  });

  test('title, chapter count and article count are right on at least 97% of files', () => {
    const wrong = results.filter(({ truth, doc }) => {
      const chapters = doc!.parts.filter((p) => p.level === 'chapter').length;
      return (
        doc!.title !== truth.title ||
        chapters !== truth.chapters ||
        (truth.articles > 0 && doc!.articles.length !== truth.articles)
      );
    });
    const rate = 1 - wrong.length / results.length;
    console.info(
      `lawrefbook structure: ${(rate * 100).toFixed(2)}% right; differing: ${wrong.map((r) => r.file).join(', ')}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.97);
    expect(wrong.map((r) => r.file)).toEqual(STRUCTURE_EXCEPTIONS);
  });

  test('every title is the # line without its #; a file with 第X条 lines never yields fewer articles', () => {
    expect(results.filter((r) => r.doc!.title.startsWith('#') || r.doc!.title === '').map((r) => r.file)).toEqual([]);
    expect(results.filter((r) => r.doc!.articles.length < r.truth.articles).map((r) => r.file)).toEqual([]);
  });

  test('no document is silently merged or truncated: every body line is kept in an article, a part or the preamble', () => {
    const lost: string[] = [];
    let lines = 0;
    for (const { file, truth, doc } of results) {
      const kept = keptLines(doc!);
      // Head lines standing after the INFO END (（2013年1月21日…会议通过…）) are read as events.
      const events = doc!.events.map((e) => squeeze(e.text)).filter((t) => t.length > 6);
      for (const line of truth.body) {
        lines++;
        if (!kept.has(line) && !events.some((e) => line.includes(e)) && !madeOfKept(line, kept))
          lost.push(`${file}: ${line.slice(0, 30)}`);
      }
    }
    console.info(`lawrefbook: ${lines} body lines, ${lost.length} not found as kept: ${lost.slice(0, 10).join(' | ')}`);
    if (process.env.LAWREFBOOK_LOST) writeFileSync(process.env.LAWREFBOOK_LOST, lost.join('\n'));
    expect(lost).toEqual([]);
  }, 300_000);

  test('the authority level is right on at least 97% of files (truth from the folder names)', () => {
    const wrong = results.filter((r) => r.doc!.authorityLevel !== levelOfFolder(r.file));
    const rate = 1 - wrong.length / results.length;
    console.info(
      `lawrefbook authority level: ${(rate * 100).toFixed(2)}% right (${results.length - wrong.length}/${results.length})`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.97);
  });
});
