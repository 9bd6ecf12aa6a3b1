// Portal pages read whole: the furniture around the document (breadcrumbs in tables, a title the <h1> breaks with
// <br>, footers of link lists, download links) is the site's, and the document's own lines (its title, its joint
// signature, its attachment's title) are read as the text sets them. The real pages are test/data/html-heldout/
// (README there); the hand-made ones follow the same templates with other places and documents.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyBytes, parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const HELDOUT = join(import.meta.dirname, '..', 'data', 'html-heldout');
const readHeldout = (name: string): Promise<PolicyDocument> => readPolicyFile(join(HELDOUT, name), { file: name });
const parseHtml = (html: string): PolicyDocument =>
  parsePolicyBytes(new TextEncoder().encode(html), { file: 'page.html' });

const NOTICE = '衢州市人民政府关于下达2024年市区退役士兵安置任务的通知';

/** A 大汉 JCMS detail page: the breadcrumb a nested table of '>> section' cells, the field table bare label cells. */
function jcmsPage(): string {
  return `<html><head><meta charset="utf-8"><title>${NOTICE}</title>
<meta name="SiteName" content="衢州市政府门户网站"><meta name="ArticleTitle" content="${NOTICE}"></head><body>
<table><tr><td>当前位置：<a href="/">首页</a></td><td><table><tr>
<td> >> <a href="/a">政务公开</a></td><td> >> <a href="/b">市政府信息公开</a></td><td> >> <a href="/c">政策文件</a></td>
</tr></table></td></tr></table>
<table>
<tr><td>索引号</td><td>113308000025000000/2024-00001</td><td>文号</td><td>衢政发〔2024〕7号</td></tr>
<tr><td>组配分类</td><td>市政府文件</td><td>发布机构</td><td>市政府</td></tr>
<tr><td>成文日期</td><td>2024-05-06</td><td>公开方式</td><td>主动公开</td></tr>
</table>
<div class="xl_title">${NOTICE}</div>
<div>发布时间：2024-05-08 09:00</div>
<div class="zoom"><p>柯城区人民政府，市直各单位：</p>
<p>根据《退役士兵安置条例》，现将安置任务下达给你们，请按规定做好接收安置工作。</p>
<p>衢州市人民政府</p><p>2024年5月6日</p></div>
</body></html>`;
}

describe('a breadcrumb in a table is the site’s, not a row of the field table', () => {
  test('a hand-made JCMS page: the row of >> sections is cut, the field rows kept, the title the head names', () => {
    const d = parseHtml(jcmsPage());
    expect(d).toMatchObject({
      title: NOTICE,
      kind: 'notice',
      docNumber: '衢政发〔2024〕7号',
      issuer: '衢州市人民政府',
      issuedOn: '2024-05-06',
    });
    expect(d.issues.find((i) => i.code === 'PAGE_HEADER')?.message).toContain('政务公开');
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test('the real 丽水市 page: titled by its own line, a notice', async () => {
    const d = await readHeldout('zj-lishui-veterans-placement-2023.html');
    expect(d).toMatchObject({
      title: '丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知',
      kind: 'notice',
    });
  });
});

describe('the line the page’s head names as its title is the title, whatever survived above it', () => {
  test('a chain of sections kept above it is no title when the head names the line below', () => {
    const text = [
      '>>政务公开>>市政府信息公开>>政策文件>>其他文件>>市政府文件',
      NOTICE,
      '柯城区人民政府，市直各单位：',
      '现将安置任务下达给你们，请按规定做好接收安置工作。',
      '衢州市人民政府',
      '2024年5月6日',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'page.txt', headTitles: [NOTICE] });
    expect(d.title).toBe(NOTICE);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
  });
});

const GS_NOTICE = ['陇南市发展和改革委员会等部门关于印发', '《陇南市关于支持农业机械更新的若干措施》的通知'];

/** A provincial commission's page: the title broken by <br> in its <h1>, a joint signature, a footer of link lists. */
function commissionPage(): string {
  const links = ['国家发展和改革委员会', '财政部', '商务部', '中国人民银行', '国家税务总局'];
  return `<html><head><meta charset="utf-8"><title>${GS_NOTICE.join('')}</title>
<meta name="ArticleTitle" content="${GS_NOTICE.join('')}"></head><body>
<div class="crumb"><a href="/">首页</a>><a href="/x">新闻动态</a>><a href="/y">通知公告</a></div>
<h1>${GS_NOTICE[0]}<br>${GS_NOTICE[1]}</h1>
<p>日期：2025-03-02 10:00 来源：</p>
<div id="content"><p>各县（区）人民政府，市直有关单位：</p>
<p>《陇南市关于支持农业机械更新的若干措施》已经市政府同意，现印发你们，请认真贯彻落实。</p>
<p>陇南市发展和改革委员会 &ensp;&ensp;陇南市工业和信息化局</p>
<p>陇南市财政局 &ensp;&ensp;&ensp;&ensp;陇南市商务局</p>
<p>国家金融监督管理总局陇南监管分局&ensp;&ensp;&ensp;中国人民银行陇南市分行</p>
<p>2025年2月28日</p>
<p><a href="files/a.pdf">《陇南市关于支持农业机械更新的若干措施》</a></p>
<div>扫一扫在手机打开当前页</div></div>
<div class="footer"><p>国务院部门网站</p>${links.map((l) => `<p><a href="#">${l}</a></p>`).join('')}
<p>主办单位：陇南市发展和改革委员会</p></div>
</body></html>`;
}

describe('a title the <h1> breaks with <br> still names the header and the footer', () => {
  test('a hand-made page: the header and the footer of link lists are cut', () => {
    const d = parseHtml(commissionPage());
    expect(d.noticeTitle).toBe(GS_NOTICE.join(''));
    expect(d.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['PAGE_HEADER', 'PAGE_FOOTER']));
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
    expect(d.issuer).not.toContain('财政部');
  });

  test('the real 甘肃省发改委 page: no line of its footer is taken for a title', async () => {
    const d = await readHeldout('gs-fgw-equipment-renewal-2025.html');
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
    expect(d.issues.some((i) => i.code === 'PAGE_FOOTER')).toBe(true);
  });
});

describe('a joint signature’s line of organs parted by spaces is no broken title', () => {
  test('a hand-made page: six signers over three lines, the last too long for one name', () => {
    const d = parseHtml(commissionPage());
    expect(d.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.asWritten)).toEqual([
      '陇南市发展和改革委员会',
      '陇南市工业和信息化局',
      '陇南市财政局',
      '陇南市商务局',
      '国家金融监督管理总局陇南监管分局',
      '中国人民银行陇南市分行',
    ]);
    expect(d.issues.filter((i) => i.code === 'TITLE_JOINED').map((i) => i.line)).toEqual([4]);
  });

  test('the real 甘肃省发改委 page: six signers, the title joined only over the <h1>', async () => {
    const d = await readHeldout('gs-fgw-equipment-renewal-2025.html');
    expect(d.agencyRoles.filter((r) => r.role === 'issuer')).toHaveLength(6);
    expect(d.issues.filter((i) => i.code === 'TITLE_JOINED').map((i) => i.line)).toEqual([58]);
  });
});

describe('an attachment’s title broken over lines, and a download link after it', () => {
  const text = [
    NOTICE,
    '柯城区人民政府，市直各单位：',
    '现将安置任务下达给你们，请按规定做好接收安置工作。',
    '附件：2024年市区符合政府安排工作条件退役士兵安置任务',
    '衢州市人民政府',
    '2024年5月6日',
    '附件',
    '2024年市区符合政府安排工作条件',
    '退役士兵安置任务',
    '序号',
    '安置单位名称',
    '1',
    '衢州学院',
    `${NOTICE} (1).pdf`,
  ].join('\n');

  test('the title is joined; the link to a file is no text of the attachment', () => {
    const d = parsePolicyText(text, { file: 'page.txt' });
    expect(d.attachments).toHaveLength(1);
    expect(d.attachments?.[0]?.title).toBe('2024年市区符合政府安排工作条件退役士兵安置任务');
    expect(d.attachments?.[0]?.text).toBe(['序号', '安置单位名称', '1', '衢州学院'].join('\n'));
  });

  test('the real 丽水市 page: its attachment’s title over two <p>, its text without the page’s PDF', async () => {
    const d = await readHeldout('zj-lishui-veterans-placement-2023.html');
    expect(d.attachments?.[0]?.title).toBe('2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务');
    expect(d.attachments?.[0]?.text).not.toContain('.pdf');
  });
});

describe('a title is never joined across a date line', () => {
  test('a signature line the classifier leaves a title, the date, then the issued text’s link: not one title', () => {
    const d = parsePolicyText(
      [
        '甘肃省能源局关于印发《甘肃省电力需求响应实施方案》的通知',
        '各市州能源主管部门：',
        '《甘肃省电力需求响应实施方案》已经省政府同意，现印发你们，请认真贯彻落实。',
        '甘肃省能源局  国网甘肃省电力公司',
        '2025年2月25日',
        '《甘肃省电力需求响应实施方案》',
      ].join('\n'),
      { file: 'page.txt' },
    );
    expect(d.title).toBe('甘肃省电力需求响应实施方案');
    expect(d.issues.filter((i) => i.code === 'TITLE_JOINED')).toEqual([]);
  });
});
