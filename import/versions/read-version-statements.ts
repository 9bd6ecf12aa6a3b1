/**
 * What a text says about other statutes' versions: `…《X》同时废止` and a decision 关于废止…的决定 repeal X; a decision
 * 关于修改〈X〉…的决定 amends X. The titles come back as work keys (a title that names no place takes the document's own
 * jurisdiction: a city's text repeals the city's rules). Pure. Example:
 *   the Beijing text whose last article reads …通过的《北京市预算监督条例》同时废止。
 *     → [{ kind: 'repeal', workKey: '北京市|预算监督条例', title: '北京市预算监督条例', line: 120 }]
 */
import type { PolicyDocument } from '../../model/index.ts';
import { workKeyOf } from './read-version.ts';

/** One statement about another statute. */
export interface VersionStatement {
  kind: 'repeal' | 'amend';
  workKey: string;
  title: string;
  line: number;
}

const BOOK_TITLE = /《([^《》]{2,80})》/g;
const INNER_TITLE = /〈([^〈〉]{2,80})〉/g;
const REPEAL_DECISION = /关于废止.*的决定$/;
const AMEND_DECISION = /关于修改.*的决定$/;

type StatementInput = Pick<PolicyDocument, 'title' | 'jurisdiction' | 'articles'> &
  Partial<Pick<PolicyDocument, 'preamble'>>;

/** Book titles in a piece of text, with where each ends; decisions that amend (关于修改〈…〉的决定) are not documents repealed. */
function titlesIn(text: string): { title: string; end: number }[] {
  return [...text.matchAll(BOOK_TITLE)]
    .map((m) => ({ title: m[1]!, end: (m.index ?? 0) + m[0].length }))
    .filter((t) => !/^关于修改/.test(t.title));
}

/** Reads the repeal and amendment statements of a document. */
export function readVersionStatements(doc: StatementInput): VersionStatement[] {
  const out = new Map<string, VersionStatement>();
  const add = (kind: VersionStatement['kind'], title: string, line: number) => {
    const workKey = workKeyOf({ title, jurisdiction: doc.jurisdiction });
    if (workKey === workKeyOf(doc) || out.has(workKey)) return;
    out.set(workKey, { kind, workKey, title, line });
  };
  const repealDecision = REPEAL_DECISION.test(doc.title);
  const amendDecision = AMEND_DECISION.test(doc.title);
  if (amendDecision) for (const m of doc.title.matchAll(INNER_TITLE)) add('amend', m[1]!, 1);
  for (const article of doc.articles) {
    const text = `${article.heading}${article.text}`;
    if (repealDecision || amendDecision) {
      for (const { title } of titlesIn(text)) add(repealDecision ? 'repeal' : 'amend', title, article.line);
      continue;
    }
    // A sentence that ends in 废止: the titles standing before the word are repealed.
    for (const sentence of text.split(/[。；]/)) {
      const at = sentence.lastIndexOf('废止');
      if (at < 0) continue;
      for (const { title, end } of titlesIn(sentence)) if (end <= at) add('repeal', title, article.line);
    }
  }
  return [...out.values()];
}
