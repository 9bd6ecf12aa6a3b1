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
  /** The span of the name and 第N条 in the text (end exclusive). */
  start: number;
  end: number;
}

const COUNTRY = '中华人民共和国';
const ARTICLE = '第([一二三四五六七八九十百千零〇]{1,7}|\\d{1,4})条';
/** A short name a document defines for a title it cites: 《…》（以下简称预算法）. */
const SHORT_NAME = /《([^《》]{2,60})》\s*[（(]以下简称[“"「]?([^）)”"」]{2,20})[”"」]?[）)]/g;

/**
 * The names a reader answers to, longest first: each title, the same without 中华人民共和国, and the short names that
 * `definedIn` (the whole text of the citing document) defines for one of the titles.
 */
export function referenceNames(titles: Iterable<string>, definedIn = ''): Map<string, string> {
  const names = new Map<string, string>();
  const known = new Set(titles);
  for (const title of known) {
    names.set(title, title);
    if (title.startsWith(COUNTRY) && title.length > COUNTRY.length + 1) names.set(title.slice(COUNTRY.length), title);
  }
  for (const [, cited, short] of definedIn.matchAll(SHORT_NAME)) {
    const title = names.get(cited!) ?? (known.has(`${COUNTRY}${cited}`) ? `${COUNTRY}${cited}` : undefined);
    if (title && !names.has(short!)) names.set(short!, title);
  }
  return names;
}

const ARTICLE_AT = new RegExp(ARTICLE, 'g');
/** What may stand between two articles of one list: 、 和 或者 至, after the paragraphs and items of the first. */
const LIST_GOES_ON = /^(?:第[一二三四五六七八九十百零〇\d]{1,7}[款项])*(?:[、和及至]|或者|以及)$/;
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
  if (text[end - 1] === '》') {
    const open = text.lastIndexOf('《', end - 1);
    const name = open >= 0 ? text.slice(open + 1, end - 1) : '';
    return names.has(name) ? { name, start: open } : undefined;
  }
  let max = longest.get(names);
  if (max === undefined) longest.set(names, (max = Math.max(0, ...[...names.keys()].map((n) => n.length))));
  for (let length = Math.min(max, end); length >= 2; length--) {
    const name = text.slice(end - length, end);
    if (names.has(name)) return { name, start: end - length };
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
    if (!listed && text[m.index! - 1] !== '》' && /[本该此]/.test(text[named.start - 1] ?? '')) continue;
    const article = readChineseNumber(m[1]!) ?? Number(m[1]);
    if (!Number.isInteger(article) || article < 1) continue;
    found.push({
      name: named.name,
      title: names.get(named.name)!,
      article,
      start: named.start,
      end: m.index! + m[0].length,
    });
  }
  return found;
}
