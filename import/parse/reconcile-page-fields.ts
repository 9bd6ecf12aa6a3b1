/**
 * The page's metadata (read-page-fields) set beside what the document's own head and signature say. Where both
 * speak and disagree, the page's labelled value is kept and the disagreement becomes a METADATA_CONFLICT issue
 * naming both values and lines: never a silent choice. Example:
 *   page 标题 '国务院关于印发国家职业教育改革实施方案的通知', head title lines '国务院关于印发国家职业教育改革 / 实施方案的通知'
 *   → agree (spaces and brackets ignored); page 发文字号 国发〔2019〕4号, head 国发〔2019〕5号 → conflict, page kept.
 */
import type { ParseIssue } from '../../model/index.ts';
import type { PageFields } from './read-page-fields.ts';

const key = (s: string): string => s.replace(/[《》〈〉“”"‘’'\s\u3000()（）]/g, '');

/** What the document's own text says, with the lines it says it on. */
export interface BodyClaims {
  title?: { value: string; line: number };
  docNumber?: { value: string; line: number };
  issuers: string[];
  issuedOn?: string;
}

/** Issues for each field on which the page and the document disagree. */
export function reconcilePageFields(page: PageFields, body: BodyClaims, file: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const conflict = (line: number, field: string, pageValue: string, bodyValue: string, where: string): void => {
    issues.push({
      file,
      line,
      severity: 'warning',
      code: 'METADATA_CONFLICT',
      message: `the page's ${field} "${pageValue}" disagrees with the document's ${where} "${bodyValue}"; the page's value is kept`,
    });
  };
  if (page.title && body.title && key(page.title.value) !== key(body.title.value)) {
    conflict(page.title.line, '标题', page.title.value, body.title.value, `title (line ${body.title.line})`);
  }
  if (page.docNumber && body.docNumber && page.docNumber.normalized !== body.docNumber.value) {
    conflict(
      page.docNumber.line,
      '发文字号',
      page.docNumber.normalized,
      body.docNumber.value,
      `number (line ${body.docNumber.line})`,
    );
  }
  if (page.issuer && body.issuers.length > 0) {
    const named = page.issuer.value.split(/[、,，]/).map(key);
    const signed = body.issuers.map(key);
    // The page may name the issuer briefly (科技部) or fully; agreement when one contains the other.
    const agrees = signed.some((s) => named.some((n) => s.includes(n) || n.includes(s)));
    if (!agrees) conflict(page.issuer.line, '发文机关', page.issuer.value, body.issuers.join('、'), 'signature');
  }
  if (page.issuedOn && body.issuedOn && page.issuedOn.value !== body.issuedOn) {
    conflict(page.issuedOn.line, '成文日期', page.issuedOn.value, body.issuedOn, 'date');
  }
  return issues;
}
