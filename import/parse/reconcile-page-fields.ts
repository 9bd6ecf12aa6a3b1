/**
 * The page's metadata (read-page-fields) set beside what the document's own head and signature say. Where both
 * speak and disagree, the disagreement becomes a METADATA_CONFLICT issue naming both values and lines and the one kept:
 * never a silent choice. The page's labelled value is kept, except a portal's issue date (发文日期, 印发日期), which may
 * be a later day than the date of writing: there the signature's date is kept; and a title the document typesets
 * itself, which the portal's 标题 may shorten (印发关于《…》实施办法的通知, its issuer lost): there the document's is kept.
 * Examples:
 *   page 标题 '国务院关于印发国家职业教育改革实施方案的通知', head title lines '国务院关于印发国家职业教育改革 / 实施方案的通知'
 *   → agree (spaces and brackets ignored); page 发文字号 国发〔2019〕4号, head 国发〔2019〕5号 → conflict, page kept;
 *   page 发文日期 2019-01-23, signature 2019年1月17日 → conflict, the signature's date kept.
 */
import type { ParseIssue } from '../../model/index.ts';
import type { PageFields } from './read-page-fields.ts';
import { unwrapNotice } from './unwrap-notice.ts';

const key = (s: string): string => s.replace(/[《》〈〉“”"‘’'\s\u3000()（）]/g, '');

/** What the document's own text says, with the lines it says it on. */
export interface BodyClaims {
  title?: { value: string; line: number };
  docNumber?: { value: string; line: number };
  issuers: string[];
  issuedOn?: string;
}

/**
 * Whether the page's 标题 is kept: when the document typesets no title, or one agreeing with it, or the page names
 * the notice issuing the text whose own title the document typesets (名称: …关于转发《X》的通知 over the title line X):
 * a notice whose title the copy printed only in the portal's table.
 */
export function keepsPageTitle(page: PageFields, bodyTitle: string | undefined): boolean {
  return page.title !== undefined && (bodyTitle === undefined || agreesOrIssues(page.title.value, bodyTitle));
}

function agreesOrIssues(pageTitle: string, bodyTitle: string): boolean {
  if (key(pageTitle) === key(bodyTitle)) return true;
  const unwrapped = unwrapNotice(pageTitle);
  return unwrapped.noticeTitle !== undefined && key(unwrapped.title!) === key(bodyTitle);
}

/**
 * True when a portal's 发文机关 names the general office of the organ the title names, on a number that is no office's
 * (市人民政府办公室 over 鄂尔多斯市人民政府关于…, 鄂府发〔2017〕142号): the unit that posted the page, not its issuer.
 */
export function postedByOffice(
  pageIssuer: string,
  titleIssuer: string | undefined,
  docNumber: string | undefined,
): boolean {
  const body = /^(.+?)(?:办公室|办公厅)$/.exec(pageIssuer.replace(/\s+/g, ''))?.[1];
  const named = titleIssuer?.replace(/\s+/g, '') ?? '';
  const officeNumber = /办/.test(/^[^〔[(（]*/.exec(docNumber ?? '')?.[0] ?? '');
  return body !== undefined && /政府$/.test(named) && named.endsWith(body) && !officeNumber;
}

/** The issue date to keep: the page's date of writing (成文日期) over the signature's, the signature's over a portal's. */
export function keptIssuedOn(page: PageFields, bodyIssuedOn: string | undefined): string | undefined {
  if (!page.issuedOn) return bodyIssuedOn;
  return page.issuedOn.formal || !bodyIssuedOn ? page.issuedOn.value : bodyIssuedOn;
}

/** Issues for each field on which the page and the document disagree. */
export function reconcilePageFields(page: PageFields, body: BodyClaims, file: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const conflict = (
    line: number,
    field: string,
    pageValue: string,
    bodyValue: string,
    where: string,
    kept: 'page' | 'document' = 'page',
  ): void => {
    issues.push({
      file,
      line,
      severity: 'warning',
      code: 'METADATA_CONFLICT',
      message: `the page's ${field} "${pageValue}" disagrees with the document's ${where} "${bodyValue}"; the ${kept === 'page' ? "page's" : "document's"} value is kept`,
    });
  };
  if (page.title && body.title && !agreesOrIssues(page.title.value, body.title.value)) {
    const where = `title (line ${body.title.line})`;
    conflict(page.title.line, '标题', page.title.value, body.title.value, where, 'document');
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
    const { line, label, value, formal } = page.issuedOn;
    conflict(line, label, value, body.issuedOn, 'date', formal ? 'page' : 'document');
  }
  return issues;
}
