/**
 * Articles of other documents that an article names: 《中华人民共和国个人所得税法》第六条, 个人所得税法第四条第一款 (a name the
 * documents given answer to: a title, or a title without its 中华人民共和国), 预算法第四十条 after 《中华人民共和国预算法》
 * （以下简称预算法） in the same document. Its own articles (本法第十条, 本条例第三条) are not references. Implementing
 * regulations cite the law's articles this way: the texts' own truth of which lower article carries which upper one.
 * Example: readArticleReferences('依照个人所得税法第六条的规定', names) with names answering 个人所得税法 → [{ name:
 * '个人所得税法', title: '中华人民共和国个人所得税法', article: 6, start: 2, end: 11 }].
 */
import { readChineseNumber } from '../text/index.ts';

/** One article named: which document (its title as given to the reader), which article, and where in the text. */
export interface ArticleReference {
  name: string;
  title: string;
  article: number;
  /** An article inserted after it by an amendment: 第一百二十条之一 → article 120, inserted 1 (0 or absent: the article). */
  inserted?: number;
  /** The span of the name and 第N条 in the text (end exclusive). */
  start: number;
  end: number;
}

const COUNTRY = '中华人民共和国';
const ARTICLE = '第([一二三四五六七八九十百千零〇]{1,7}|\\d{1,4})条(?:之([一二三四五六七八九十]{1,3}))?';
/** A short name a document defines for a title it cites: 《…》（以下简称预算法）, （以下简称《条例》）. */
const SHORT_NAME = /《([^《》]{2,60})》\s*[（(]以下简称[“"「《]?([^）)”"」《》]{2,20})[”"」》]?[）)]/g;
/**
 * What may stand right before a bare name (no 《》): the start, punctuation, or the last character of a word that
 * leads into a reference (依照, 根据, 违反, 符合, 适用, 执行, 具有, 构成, 遵守, 删去, 包括, 和, 及, 或者, 对, 由 …).
 * Anything else may be the tail of a longer name: 社会保险法 is no 保险法, 义务教育法 no 教育法, 上海市价格管理条例 no
 * 价格管理条例, 预算法实施条例 no 条例 (以下简称条例). The characters that stand inside titles before a shorter title in
 * lawrefbook (市 省 会 务 业 等 洋 解 理 前 与 施 …) are none of these: a reference missed costs only the text
 * ranking it had before; one read wrong would stand first, marked as named. 实施 (实施刑法第二百一十三条, 92 times in
 * lawrefbook) leads into a title but not into a short name: 预算法实施条例第十条 names no document called 条例.
 */
const BEFORE_TITLE = /施/;
const BEFORE_BARE_NAME =
  /[\s，。；：、,.;:（）()“”"《》〈〉照据反合用行和及者对由经按即为将是在于的有成后定除以到犯守受备过担了使去指就付响取括入无交订造出查开知虑但]/;

/**
 * The names a reader answers to: each title, the same without 中华人民共和国, and the short names that `definedIn`
 * (the whole text of the citing document) defines for one of the titles.
 */
export function referenceNames(titles: Iterable<string>, definedIn = ''): Map<string, string> {
  return withShortNames(titleNames(titles), definedIn);
}

/** Each title and the same without 中华人民共和国: the names every document of a set answers to, built once. */
export function titleNames(titles: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const title of titles) {
    if (!title) continue;
    names.set(title, title);
    if (title.startsWith(COUNTRY) && title.length > COUNTRY.length + 1) names.set(title.slice(COUNTRY.length), title);
  }
  return names;
}

/**
 * `names` with the short names `definedIn` defines for its titles (a new map), or `names` itself when it defines
 * none: a reader over a whole book shares one map among the documents that define nothing.
 */
export function withShortNames(names: ReadonlyMap<string, string>, definedIn: string): Map<string, string> {
  let out: Map<string, string> | undefined;
  let short: Set<string> | undefined;
  for (const [, cited, defined] of definedIn.matchAll(SHORT_NAME)) {
    const title = names.get(cited!) ?? names.get(`${COUNTRY}${cited}`);
    if (!title || (out ?? names).has(defined!)) continue;
    if (!out) {
      out = new Map(names);
      short = new Set(shortNames.get(names));
      shortNames.set(out, short);
    }
    out.set(defined!, title);
    short!.add(defined!);
  }
  return out ?? (names as Map<string, string>);
}

const ARTICLE_AT = new RegExp(ARTICLE, 'g');
const ANY_ARTICLE = new RegExp(ARTICLE);

/** Whether `text` says 第N条 at all: most articles name none, and a reader skips them at the cost of one test. */
export function mayNameArticles(text: string): boolean {
  return ANY_ARTICLE.test(text);
}

/** The short names (以下简称…) among the names referenceNames gave. */
const shortNames = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();
/** What may stand between two articles of one list: 、 和 或者 至, after the paragraphs and items of the first. */
const LIST_GOES_ON = /^(?:第[一二三四五六七八九十百零〇\d]{1,7}[款项])*(?:[、和及至]|或者|以及)$/;
/** A range 第十条至第十二条 names every article between; longer ranges are not lists of duties but whole chapters. */
const MAX_RANGE = 20;
/** A bracketed aside (a short name defined, a document number, a version) ending where the article starts. */
const TITLE_ASIDE = /[（(][^（）()]{1,40}[）)]$/;
const longest = new WeakMap<ReadonlyMap<string, string>, number>();

/**
 * The name that ends at `end` in `text`: the title between 《》 right before it, else the longest name of `names`
 * the text ends with there.
 */
function nameBefore(
  text: string,
  end: number,
  names: ReadonlyMap<string, string>,
): { name: string; start: number } | undefined {
  // An aside in brackets between the title and the article: 《…》（以下简称民事诉讼法）第二百一十九条, 《…》（法释〔2015〕11号）
  // 第一条, 《…》（2018年修正）第十条.
  const aside = TITLE_ASIDE.exec(text.slice(Math.max(0, end - 42), end));
  if (aside && text[end - aside[0].length - 1] === '》') end -= aside[0].length;
  if (text[end - 1] === '》') {
    const open = text.lastIndexOf('《', end - 1);
    const name = open >= 0 ? text.slice(open + 1, end - 1) : '';
    return names.has(name) ? { name, start: open } : undefined;
  }
  let max = longest.get(names);
  if (max === undefined) longest.set(names, (max = Math.max(0, ...[...names.keys()].map((n) => n.length))));
  for (let length = Math.min(max, end); length >= 2; length--) {
    const name = text.slice(end - length, end);
    if (!names.has(name)) continue;
    const before = text[end - length - 1];
    const leads =
      before === undefined ||
      BEFORE_BARE_NAME.test(before) ||
      (BEFORE_TITLE.test(before) && !shortNames.get(names)?.has(name));
    return leads ? { name, start: end - length } : undefined;
  }
  return undefined;
}

/** The articles of the named documents that `text` names, in order. */
export function readArticleReferences(text: string, names: ReadonlyMap<string, string>): ArticleReference[] {
  const found: ArticleReference[] = [];
  for (const m of text.matchAll(ARTICLE_AT)) {
    const last = found.at(-1);
    // 《…》第十条、第十二条: a list goes on naming the same document.
    const listed = last && LIST_GOES_ON.test(text.slice(last.end, m.index!)) ? last : undefined;
    const named = listed ? { name: listed.name, start: m.index! } : nameBefore(text, m.index!, names);
    if (!named) continue;
    // 本法, 本条例: the text's own articles; 该法: no name known.
    if (!listed && text[named.start] !== '《' && /[本该此]/.test(text[named.start - 1] ?? '')) continue;
    const article = readChineseNumber(m[1]!) ?? Number(m[1]);
    if (!Number.isInteger(article) || article < 1) continue;
    // 第十条至第十二条: the articles between are named too (an empty span: the text names them only as a range).
    if (listed && text.slice(listed.end, m.index!).endsWith('至') && article - listed.article <= MAX_RANGE)
      for (let between = listed.article + 1; between < article; between++)
        found.push({ name: listed.name, title: listed.title, article: between, start: m.index!, end: m.index! });
    found.push({
      name: named.name,
      title: names.get(named.name)!,
      article,
      start: named.start,
      end: m.index! + m[0].length,
      ...(m[2] ? { inserted: readChineseNumber(m[2]) ?? 0 } : {}),
    });
  }
  return found;
}
