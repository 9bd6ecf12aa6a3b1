/**
 * An article's lead and cooperating agencies, from the responsibility bracket closing each of its numbered items and
 * its own closing bracket. Example (Guizhou, an article of two items):
 *   '1.加快推进农产品结构化调整。…(省农业农村厅,各市〔州〕人民政府、贵安新区管委会)'
 *   '2.建设农产品生产标准化体系。…(省市场监管局、省农业农村厅、省商务厅、省林业厅)'
 *   → lead [贵州省农业农村厅, 各市〔州〕人民政府, 贵安新区管理委员会…, 贵州省市场监督管理局, 贵州省商务厅, 贵州省林业厅]
 * An agency that leads one item and cooperates on another leads the article. The brackets leave the items' and the
 * article's texts, as an article's own bracket always did.
 */
import type { AgencyRef, Article, Item } from '../../model/index.ts';
import { readArticleAgencies, type AgencyRules } from './read-agencies.ts';
import type { AgencyContext } from './resolve-agency.ts';

/** Items in document order: each before the items it holds. */
function itemsInOrder(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...itemsInOrder(item.items)]);
}

/**
 * Reads the brackets of the article's items, then the article's own, into `leadAgencies` and `cooperatingAgencies`;
 * removes them from the texts; `rules` carries what earlier brackets ruled (列第一位者为牵头单位，下同). Returns the
 * agency names the gazetteer does not know.
 */
export function readArticleResponsibility(article: Article, ctx: AgencyContext, rules: AgencyRules): string[] {
  const lead: AgencyRef[] = [];
  const cooperating: AgencyRef[] = [];
  const unknown: string[] = [];
  const add = (found: ReturnType<typeof readArticleAgencies>): void => {
    if (found.firstListedLeads) rules.firstListedLeads = true;
    for (const a of found.lead) if (!lead.some((l) => l.name === a.name)) lead.push(a);
    for (const a of found.cooperating) if (!cooperating.some((c) => c.name === a.name)) cooperating.push(a);
    unknown.push(...found.unknown);
  };
  let text = article.text;
  let cursor = 0;
  for (const item of itemsInOrder(article.items)) {
    const found = readArticleAgencies(item.text, ctx, rules);
    if (found.bracket === undefined) continue;
    add(found);
    // The item's text stands in the article's as written: the same words lose the same bracket there.
    const at = text.indexOf(item.text, cursor);
    if (at >= 0) {
      text = text.slice(0, at) + found.text + text.slice(at + item.text.length);
      cursor = at + found.text.length;
    }
    item.text = found.text;
  }
  const own = readArticleAgencies(text, ctx, rules);
  add(own);
  article.text = own.text;
  article.leadAgencies = lead;
  article.cooperatingAgencies = cooperating.filter((c) => !lead.some((l) => l.name === c.name));
  return unknown;
}
