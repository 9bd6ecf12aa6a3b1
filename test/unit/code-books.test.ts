// A code stored one file per book (lawrefbook's 民法典: 总则.md, 物权编.md, … 附则.md, each opening with the code's title
// and then the book's) is ONE Policy: each file is a book of it, not another text claiming its identity. Three real
// books, copied unchanged into test/data/code-books/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/parse/index.ts';
import { buildPolicyRows } from '../../import/write/build-policy-rows.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { resolvePolicyIdentity } from '../../import/write/resolve-policy-identity.ts';
import { textHashOf } from '../../import/write/text-hash.ts';

const parseBook = (name: string) => {
  const file = fileURLToPath(new URL(`../data/code-books/${name}`, import.meta.url));
  return parsePolicyText(readFileSync(file, 'utf8'), { file });
};
const ID = 't:中华人民共和国|民法典@2020-05-28';
const KEY = buildTitleKey('中华人民共和国民法典');
const context = { importedAt: '2026-12-06T00:00:00Z', importerVersion: 'test' };

describe('reading a book of a code', () => {
  test.each([
    ['继承编.md', '继承编', 45, 1119, ['第一章', '第二章', '第三章', '第四章']],
    ['人格权编.md', '人格权编', 51, 989, ['第一章', '第二章', '第三章', '第四章', '第五章', '第六章']],
    ['附则.md', '附则', 2, 1259, []],
  ])(
    '%s is the book %s of 中华人民共和国民法典: %i articles from %i, its chapters',
    (name, book, count, first, labels) => {
      const doc = parseBook(name);
      expect([doc.title, doc.book, doc.articles.length, doc.articles[0]!.number]).toEqual([
        '中华人民共和国民法典',
        book,
        count,
        first,
      ]);
      expect(doc.parts.map((p) => [p.label, p.book])).toEqual(labels.map((l) => [l, book]));
    },
  );

  test('a statute without a second heading under its title is no book', () => {
    const doc = parsePolicyText(
      '# 某某条例\n\n2020年1月1日 某某省人民代表大会常务委员会通过\n\n第一条 为了甲，制定本条例。\n',
      {
        file: '某某条例.md',
      },
    );
    expect(doc.book).toBeUndefined();
  });

  test('a 分编 of a book stored alone replaces the 分编 before it (物权编: 第一分编 通则, then 第二分编 所有权)', () => {
    const text = [
      '# 中华人民共和国民法典',
      '',
      '# 物权编',
      '',
      '2020年5月28日 第十三届全国人民代表大会第三次会议通过',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一分编  通则',
      '',
      '### 第一章  一般规定',
      '',
      '第二百零五条 本编调整因物的归属和利用产生的民事关系。',
      '',
      '## 第二分编  所有权',
      '',
      '### 第四章  一般规定',
      '',
      '第二百四十条 所有权人对自己的不动产或者动产，依法享有占有、使用、收益和处分的权利。',
      '',
    ].join('\n');
    const doc = parsePolicyText(text, { file: '物权编.md' });
    expect(doc.book).toBe('物权编');
    expect(doc.parts.map((p) => p.book)).toEqual(['物权编 第一分编 通则', '物权编 第二分编 所有权']);
  });
});

describe('the identity of a book', () => {
  const book = (file: string, name: string, textHash: string) => ({
    file,
    title: '中华人民共和国民法典',
    titleKey: KEY,
    versionId: ID,
    book: name,
    textHash,
  });
  const code = (...books: { title: string; file: string; textHash: string }[]) => ({
    id: ID,
    status: 'full' as const,
    titleKey: KEY.key,
    books,
  });
  const inheritance = { title: '继承编', file: '继承编.md', textHash: 'v2:aaa' };

  test('another book of a code already in the graph joins its Policy', () => {
    expect(resolvePolicyIdentity(book('人格权编.md', '人格权编', 'v2:bbb'), [code(inheritance)])).toMatchObject({
      outcome: 'existing',
      id: ID,
    });
  });

  test('the same book again, from its file or as the same text from another, is the same book', () => {
    expect(resolvePolicyIdentity(book('继承编.md', '继承编', 'v2:ccc'), [code(inheritance)])).toMatchObject({
      outcome: 'existing',
    });
    expect(resolvePolicyIdentity(book('copy/继承.md', '继承编', 'v2:aaa'), [code(inheritance)])).toMatchObject({
      outcome: 'existing',
    });
  });

  test('the same book from another file with another text is refused, naming both files', () => {
    const refused = resolvePolicyIdentity(book('继承编-改.md', '继承编', 'v2:ddd'), [code(inheritance)]);
    expect(refused).toMatchObject({
      outcome: 'refused',
      code: 'SAME_IDENTITY_OTHER_TEXT',
      conflictingFile: '继承编.md',
    });
    expect(refused.outcome === 'refused' && refused.message).toMatch(/继承编-改\.md.*继承编.*继承编\.md/);
  });

  test('a whole text under the identity of a code of books, or a book under a whole text, is refused as before', () => {
    const whole = {
      file: '民法典.md',
      title: '中华人民共和国民法典',
      titleKey: KEY,
      versionId: ID,
      textHash: 'v2:eee',
    };
    expect(resolvePolicyIdentity(whole, [code(inheritance)])).toMatchObject({
      code: 'SAME_IDENTITY_OTHER_TEXT',
      conflictingFile: '继承编.md',
    });
    const imported = { id: ID, status: 'full' as const, titleKey: KEY.key, file: '民法典.md', textHash: 'v2:eee' };
    expect(resolvePolicyIdentity(book('继承编.md', '继承编', 'v2:aaa'), [imported])).toMatchObject({
      code: 'SAME_IDENTITY_OTHER_TEXT',
      conflictingFile: '民法典.md',
    });
  });
});

describe('a code imported whole from a book’s file, before books were read', () => {
  // A graph written before parser 0.2.15 holds 继承编.md as the whole 民法典: its file again is that node, and its
  // re-write removes all the node held (every part of it came from that file), not only what is under the book.
  const whole = { id: ID, status: 'full' as const, titleKey: KEY.key, file: '继承编.md', textHash: 'v2:old' };
  const doc = parseBook('继承编.md');

  test('is the node of its file again, cleaned whole; a later write of the book is scoped to it', () => {
    const input = {
      file: '继承编.md',
      title: doc.title,
      titleKey: KEY,
      versionId: ID,
      book: '继承编',
      textHash: 'v2:x',
    };
    expect(resolvePolicyIdentity(input, [whole])).toMatchObject({ outcome: 'existing', id: ID });
    expect(buildPolicyRows(doc, { id: ID, previous: whole }, [], context).bookScope).toBeUndefined();
    const code = { ...whole, file: undefined, books: [{ title: '继承编', file: '继承编.md' }] };
    expect(buildPolicyRows(doc, { id: ID, previous: code }, [], context).bookScope).toBe(`${ID}#继承编`);
  });
});

describe('the rows of a book', () => {
  test('its parts and articles are its own (ids under the book), in the code’s order; its file facts are the book’s', () => {
    const doc = parseBook('继承编.md');
    const rows = buildPolicyRows(doc, { id: ID, textHash: textHashOf(doc) }, [], context);
    expect(rows.parts.map((p) => [p.id, p.props.order, p.props.book])).toEqual([
      [`${ID}#继承编/p1`, 1119, '继承编'],
      [`${ID}#继承编/p2`, 1120, '继承编'],
      [`${ID}#继承编/p3`, 1121, '继承编'],
      [`${ID}#继承编/p4`, 1122, '继承编'],
    ]);
    expect([rows.articles[0]!.id, rows.articles[0]!.props.order, rows.articles[0]!.props.path]).toEqual([
      `${ID}#继承编/p1/a1119`,
      1119,
      '继承编/p1/a1119',
    ]);
    expect(rows.articles.at(-1)!.props.order).toBe(1163);
    expect(rows.book).toEqual({
      id: `${ID}#继承编`,
      props: {
        policyId: ID,
        title: '继承编',
        order: 1119,
        file: '继承编.md',
        sha256: doc.provenance.sha256,
        textHash: textHashOf(doc),
        articleCount: 45,
        partCount: 4,
        importedAt: context.importedAt,
        importerVersion: context.importerVersion,
        repealsWorks: [],
        amendsWorks: [],
        shortTitles: [],
        addressees: [],
      },
    });
    for (const field of ['file', 'sha256', 'textHash']) expect(rows.policy[field]).toBeNull();
    expect(rows.policy).not.toHaveProperty('articleCount');
    // What each book repeats (adopted 2020-05-28) is one event of the code, whichever book states it.
    const other = buildPolicyRows(parseBook('人格权编.md'), { id: ID }, [], context);
    expect(rows.events.map((e) => e.id)).toEqual(other.events.map((e) => e.id));
  });

  test('a book without chapters (附则) writes its articles under the book', () => {
    const rows = buildPolicyRows(parseBook('附则.md'), { id: ID }, [], context);
    expect(rows.parts).toEqual([]);
    expect(rows.articles.map((a) => [a.id, a.props.order])).toEqual([
      [`${ID}#附则/a1259`, 1259],
      [`${ID}#附则/a1260`, 1260],
    ]);
  });

  test('a text that is no book keeps its rows as before', () => {
    const doc = parsePolicyText(
      '# 某某条例\n\n2020年1月1日 某某省人民代表大会常务委员会通过\n\n第一条 为了甲，制定本条例。\n',
      {
        file: '某某条例.md',
      },
    );
    const rows = buildPolicyRows(doc, { id: 't:某某条例' }, [], context);
    expect(rows.book).toBeUndefined();
    expect([rows.articles[0]!.id, rows.articles[0]!.props.order, rows.policy.file]).toEqual([
      't:某某条例#a1',
      1,
      '某某条例.md',
    ]);
  });
});
