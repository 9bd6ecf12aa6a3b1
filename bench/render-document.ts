/**
 * Renders a composed document as the plain text of an official document (GB/T 9704 order: number, title,
 * addressees, preamble, parts and articles with their responsibility notes, signature, date, 此件公开发布), in the
 * document's style; dirty-copy defects are applied afterwards by apply-defects.ts.
 * Example: an article renders as `（三）加快建设中试基地。支持…。（牵头单位：市科技局；配合单位：市财政局等）`.
 */
import { toChineseDigits, toChineseOrdinal } from './chinese-numerals.ts';
import type { AgencyTruth, DocumentStyle, GeneratedArticle, GeneratedDocument } from './corpus-types.ts';
import type { LineMap } from './apply-defects.ts';
import { PROVINCES } from './vocabulary.ts';

/** Writes a YYYY-MM-DD date in one of the styles. */
export function renderDate(iso: string, style: DocumentStyle['dates']): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (style === 'chinese') return `${toChineseDigits(y)}年${toChineseOrdinal(m)}月${toChineseOrdinal(d)}日`;
  if (style === 'iso') return iso;
  if (style === 'dotted') return iso.replace(/-/g, '.');
  return `${y}年${m}月${d}日`;
}

/** Writes a normalised number (柳政规〔2021〕18号) with the style's brackets. */
export function renderDocNumber(docNumber: string, style: DocumentStyle['numberBracket']): string {
  const brackets: Record<DocumentStyle['numberBracket'], [string, string]> = {
    standard: ['〔', '〕'],
    square: ['[', ']'],
    round: ['(', ')'],
    lenticular: ['【', '】'],
    fullRound: ['（', '）'],
    mixed: ['〔', ')'],
    spaced: ['〔', '〕'],
  };
  const [open, close] = brackets[style];
  const out = docNumber.replace('〔', open).replace('〕', close);
  return style === 'spaced' ? out.replace(/号$/, ' 号') : out;
}

function addressees(doc: GeneratedDocument): string {
  if (doc.tier === 'national') return '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：';
  if (doc.tier === 'provincial') {
    const prefix = PROVINCES.find((p) => p.name === doc.province)?.prefix ?? '省';
    return `各市、县人民政府，${prefix}人民政府各组成部门、各直属机构：`;
  }
  return doc.tier === 'municipal' ? '各县、区人民政府，市直各委、办、局：' : '各乡镇人民政府，县直各单位：';
}

function agencyList(list: AgencyTruth[], repeatPrefix: boolean, prefix: string): string {
  const named = list.filter((a) => !a.collective);
  const collective = list.filter((a) => a.collective).map((a) => a.asWritten);
  const names = named.map((a, i) =>
    i === 0 || repeatPrefix || !prefix ? a.asWritten : a.asWritten.slice(prefix.length),
  );
  const head = names.join('、') + (names.length > 1 ? '等' : '');
  return [head, ...collective].filter(Boolean).join('，');
}

function agencyNote(a: GeneratedArticle, doc: GeneratedDocument): string {
  if (a.lead.length === 0) return '';
  const prefix = doc.tier === 'national' ? '' : (a.lead[0]?.asWritten.match(/^(自治区|省|市|区|县)/)?.[1] ?? '');
  const { agencies, repeatPrefix } = doc.style;
  if (agencies === 'responsible') return `（责任单位：${agencyList(a.lead, repeatPrefix, prefix)}）`;
  if (agencies === 'bracketResponsible') return `〔责任单位：${agencyList(a.lead, repeatPrefix, prefix)}〕`;
  const lead = `牵头单位：${agencyList(a.lead, repeatPrefix, prefix)}`;
  if (a.cooperating.length === 0) return `（${lead}）`;
  return `（${lead}${agencies === 'comma' ? '，' : '；'}配合单位：${agencyList(a.cooperating, repeatPrefix, prefix)}）`;
}

function articleLabel(doc: GeneratedDocument, a: GeneratedArticle): string {
  if (doc.layout === 'flat') return `${toChineseOrdinal(a.number)}、`;
  if (doc.layout === 'chapters') return `第${toChineseOrdinal(a.number)}条　`;
  const inPart = doc.restartNumbering
    ? doc.articles.filter((b) => b.partNumber === a.partNumber && b.number <= a.number).length
    : a.number;
  return `（${toChineseOrdinal(inPart)}）`;
}

function preamble(doc: GeneratedDocument, parent: GeneratedDocument | undefined): string {
  const short =
    doc.tier === 'national' ? '我国' : (PROVINCES.find((p) => p.name === doc.jurisdiction)?.short ?? doc.jurisdiction);
  const basis = doc.citations.find((c) => c.relation === 'based_on');
  const lead = basis ? `根据《${basis.title}》等法律法规，` : '';
  const implemented = doc.citations.find((c) => c.relation === 'implements');
  if (!parent || !implemented)
    return `${lead}为${doc.topic.endsWith('发展') ? '推动' : '加快'}${doc.topic}，现提出如下意见。`;
  const issuerOutside = parent.tier === 'national' && implemented.title !== parent.title;
  const cited = `${issuerOutside ? parent.issuer : ''}《${implemented.title}》${implemented.docNumber ? `（${implemented.docNumber}）` : ''}`;
  return `${lead}为贯彻落实${cited}精神，${doc.topic.endsWith('发展') ? '推动' : '加快'}${doc.topic}，结合${short}实际，制定如下措施。`;
}

/** The document's lines before defects, and where its title, number and body are; `parent` is the implemented document. */
export function renderDocument(
  doc: GeneratedDocument,
  parent: GeneratedDocument | undefined,
): { lines: string[]; map: LineMap } {
  const { style } = doc;
  const number = doc.docNumber ? renderDocNumber(doc.docNumber, style.numberBracket) : undefined;
  const date = renderDate(doc.issuedOn, style.dates);
  const head: string[] = [];
  if (style.notice) {
    if (number) head.push(number);
    head.push(
      addressees(doc),
      `《${doc.title}》已经${doc.issuer}同意，现印发给你们，请认真贯彻执行。`,
      date,
      '（此件公开发布）',
      doc.title,
    );
  } else {
    head.push(doc.title);
    if (number) head.push(number);
    head.push(addressees(doc));
  }
  const body: string[] = [preamble(doc, parent)];
  for (const a of doc.articles) {
    const part =
      a.partNumber !== undefined && doc.articles.find((b) => b.partNumber === a.partNumber) === a
        ? doc.parts[a.partNumber - 1]
        : undefined;
    if (part)
      body.push(
        doc.layout === 'chapters'
          ? `第${toChineseOrdinal(part.number)}章　${part.heading}`
          : `${toChineseOrdinal(part.number)}、${part.heading}`,
      );
    body.push(`${articleLabel(doc, a)}${a.heading}。${a.sentences.join('')}${agencyNote(a, doc)}`);
    a.items.forEach((item, i) => body.push(`${i + 1}.${item}`));
  }
  const tail = style.notice ? [] : [doc.issuer, date, '（此件公开发布）'];
  const lines = [...head, ...body, ...tail];
  const map: LineMap = {
    titleLine: head.lastIndexOf(doc.title) >= 0 && !style.notice ? 0 : head.length - 1,
    numberLine: number ? (style.notice ? 0 : 1) : undefined,
    bodyStart: head.length,
    bodyEnd: head.length + body.length,
  };
  return { lines: style.halfWidth ? lines.map((l, i) => (i === map.numberLine ? l : toHalfWidth(l))) : lines, map };
}

/** Half-width punctuation as in the bundled copies: （）→(), ，→, ：→: ；→; — 〔〕《》“” stay full-width. */
export function toHalfWidth(line: string): string {
  return line.replace(/[（），：；]/g, (c) => ({ '（': '(', '）': ')', '，': ',', '：': ':', '；': ';' })[c] as string);
}
