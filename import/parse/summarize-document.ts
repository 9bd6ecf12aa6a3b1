/**
 * A parsed document → a short readable summary for the terminal. Example (abridged):
 *   国务院关于促进国家高新技术产业开发区高质量发展的若干意见
 *     number 国发〔2020〕7号 · issuer 国务院 · national · opinions · issued 2020-07-13
 *     7 parts, 21 articles · 0 citations · 0 goals · 0 events · 0 issues
 */
import type { PolicyDocument } from '../../model/index.ts';

/** Renders a document as a few readable lines (issues listed as file:line: severity code message). */
export function summarizeDocument(d: PolicyDocument, maxIssues = 20): string {
  const facts = [
    d.docNumber ? `number ${d.docNumber}` : 'no number',
    d.issuer ? `issuer ${d.issuer}` : 'no issuer',
    d.tier,
    d.kind,
    d.issuedOn ? `issued ${d.issuedOn}` : undefined,
    d.publishedOn ? `published ${d.publishedOn}` : undefined,
    d.effectiveOn ? `effective ${d.effectiveOn}` : undefined,
  ].filter((x) => x !== undefined);
  const out = [`${d.file}`, `  ${d.title || '(no title)'}`];
  if (d.noticeTitle) out.push(`  notice: ${d.noticeTitle}`);
  out.push(`  ${facts.join(' · ')}`);
  out.push(
    `  ${d.parts.length} parts, ${d.articles.length} articles · ${d.citations.length} citations · ${d.goals.length} goals · ${d.events.length} events · ${d.issues.length} issues`,
  );
  for (const a of d.articles) {
    const agencies = a.leadAgencies.length + a.cooperatingAgencies.length;
    out.push(
      `    ${a.path.padEnd(9)} ${a.label}${a.heading}${agencies > 0 ? `  [${a.leadAgencies.map((x) => x.name).join('、')} + ${a.cooperatingAgencies.length}]` : ''}`,
    );
  }
  for (const c of d.citations)
    out.push(
      `    ${c.relation.padEnd(10)} 《${c.title ?? '?'}》${c.docNumber ? `(${c.docNumber})` : ''} line ${c.line}`,
    );
  for (const e of d.events) {
    const counts = [e.units === undefined ? '' : `${e.units} units`, e.rounds === undefined ? '' : `${e.rounds} rounds`]
      .filter((x) => x !== '')
      .join(', ');
    out.push(
      `    ${`event ${e.kind} ${e.start ?? ''}${e.end ? `..${e.end}` : ''} ${e.bodies?.join('、') ?? ''} ${counts}`.replace(/\s+/g, ' ').trim()}`,
    );
  }
  if (d.summary)
    out.push(
      `    summary: ${d.summary.declaredParts ?? '?'} parts, ${d.summary.declaredArticles ?? '?'} articles declared; outline of ${d.summary.parts.length} parts`,
    );
  if (d.interprets)
    out.push(
      `    interprets 《${d.interprets.title ?? '?'}》${d.interprets.docNumber ? `(${d.interprets.docNumber})` : ''}`,
    );
  for (const i of d.issues.slice(0, maxIssues)) out.push(`  ${i.file}:${i.line}: ${i.severity} ${i.code} ${i.message}`);
  if (d.issues.length > maxIssues) out.push(`  … ${d.issues.length - maxIssues} more issues (use --json)`);
  return out.join('\n');
}
