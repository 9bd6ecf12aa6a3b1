/**
 * What a text says about other statutes' versions: `…《X》同时废止` and a decision 关于废止…的决定 repeal X; a decision
 * 关于修改《X》…的决定 (or 〈X〉) amends X. The titles come back as work keys (a title that names no place takes the
 * document's own jurisdiction: a city's text repeals the city's rules). A decision names what it acts on in its title
 * and in its parts and items, never in the new wording it quotes (修改为：“…根据《中华人民共和国立法法》…”): those are the
 * amended text's words. And a text ends only statutes of its own place or of a place under it: a province's decision
 * does not amend a national law, nor another province's regulation. Pure. Example:
 *   the Beijing text whose last article reads …通过的《北京市预算监督条例》同时废止。
 *     → [{ kind: 'repeal', workKey: '北京市|预算监督条例', title: '北京市预算监督条例', line: 120 }]
 */
import type { PolicyDocument } from '../../model/index.ts';
import { restoreNestedMarks } from '../../text/index.ts';
import { blankQuotedReplacements } from '../parse/find-quoted-replacements.ts';
import { NATION } from '../write/jurisdiction-names.ts';
import { workKeyOf } from './read-version.ts';

/** One statement about another statute. */
export interface VersionStatement {
  kind: 'repeal' | 'amend';
  workKey: string;
  title: string;
  line: number;
}

/** What the reader needs to know of places beyond the document. */
export interface StatementOptions {
  /** The places a place lies in (南宁市 → 广西壮族自治区, 中华人民共和国); without it, the document's own chain of places. */
  placesAbove?: (place: string) => readonly string[];
}

const BOOK_TITLE = /《([^《》]{2,80})》/g;
const INNER_TITLE = /〈([^〈〉]{2,80})〉/g;
const REPEAL_DECISION = /关于废止.*的决定$/;
const AMEND_DECISION = /关于修改.*的决定$/;
const DECISION = /关于(?:修改|废止).*的决定$/;

type StatementInput = Pick<PolicyDocument, 'title' | 'jurisdiction' | 'articles'> &
  Partial<Pick<PolicyDocument, 'preamble' | 'parts' | 'jurisdictions' | 'shortTitles'>>;

/** Book titles in a piece of text, with where each ends; decisions that amend (关于修改〈…〉的决定) are not documents repealed. */
function titlesIn(text: string): { title: string; end: number }[] {
  return [...text.matchAll(BOOK_TITLE)]
    .map((m) => ({ title: m[1]!, end: (m.index ?? 0) + m[0].length }))
    .filter((t) => !/^关于修改/.test(t.title));
}

/**
 * The texts a decision's own title names: its 《》, else its 〈〉 (a title copied from inside a 《》), never one nested in
 * them; a province's decision approving a city's decision (关于批准《…关于修改〈X〉的决定》的决定) names X.
 */
function titlesInTitle(title: string): string[] {
  const outer = [...title.matchAll(BOOK_TITLE)].map((m) => m[1]!);
  const named = outer.length > 0 ? outer : [...title.matchAll(INNER_TITLE)].map((m) => m[1]!);
  return named.flatMap((t) => (DECISION.test(t) ? titlesInTitle(restoreNestedMarks(t)) : [t]));
}

/** The places above `place`, nearest first, by the parent links given (a loop in them ends the walk). */
export function chainAbove(parentOf: ReadonlyMap<string, string | null | undefined>, place: string): string[] {
  const above: string[] = [];
  for (let at = parentOf.get(place); at && !above.includes(at); at = parentOf.get(at)) above.push(at);
  return above;
}

/** The document's own chain of places: each place of its list with the places above it. */
function chainOfPlaces(doc: StatementInput): (place: string) => string[] {
  const parentOf = new Map((doc.jurisdictions ?? []).map((j) => [j.name, j.parent]));
  return (place) => chainAbove(parentOf, place);
}

/** Reads the repeal and amendment statements of a document. */
export function readVersionStatements(doc: StatementInput, options: StatementOptions = {}): VersionStatement[] {
  const out = new Map<string, VersionStatement>();
  const place = doc.jurisdiction ?? '';
  const placesAbove = options.placesAbove ?? chainOfPlaces(doc);
  // Its own place, or a place under it that the title names (the nation holds every place).
  const mayEnd = (target: string) => target === place || place === NATION || placesAbove(target).includes(place);
  const add = (kind: VersionStatement['kind'], written: string, line: number) => {
    // 《解释》 defined as short for the title the decision amends (以下简称《解释》) is that title.
    const title = doc.shortTitles?.find((s) => s.short === written)?.full ?? written;
    const workKey = workKeyOf({ title, jurisdiction: doc.jurisdiction });
    if (workKey === workKeyOf(doc) || out.has(workKey)) return;
    if (!mayEnd(workKey.slice(0, workKey.indexOf('|')))) return;
    out.set(workKey, { kind, workKey, title, line });
  };
  const repealDecision = REPEAL_DECISION.test(doc.title);
  const decision = repealDecision || AMEND_DECISION.test(doc.title);
  const kind = repealDecision ? 'repeal' : 'amend';
  if (decision) for (const title of titlesInTitle(doc.title)) add(kind, title, 1);
  // Parts (一、对《X》作出修改) and articles in the order of the text, the quoted new wording blanked part by part (a
  // quote left open by a slip does not run into the next part).
  const parts = (decision ? (doc.parts ?? []) : []).map((p) => ({
    line: p.line,
    text: `${p.heading}\n${p.text ?? ''}`,
    part: true,
  }));
  const units = [
    ...parts,
    ...doc.articles.map((a) => ({ line: a.line, text: `${a.heading}${a.text}`, part: false })),
  ].sort((a, b) => a.line - b.line);
  const groups: (typeof units)[] = [];
  for (const unit of units) {
    if (unit.part || groups.length === 0) groups.push([]);
    groups[groups.length - 1]!.push(unit);
  }
  const texts = groups.flatMap((group) => blankQuotedReplacements(group.map((u) => u.text)));
  units.forEach(({ line }, index) => {
    const text = texts[index]!;
    if (decision) {
      for (const { title } of titlesIn(text)) add(kind, title, line);
      return;
    }
    // A sentence that ends in 废止: the titles standing before the word are repealed.
    for (const sentence of text.split(/[。；]/)) {
      const at = sentence.lastIndexOf('废止');
      if (at < 0) continue;
      for (const { title, end } of titlesIn(sentence)) if (end <= at) add('repeal', title, line);
    }
  });
  return [...out.values()];
}
