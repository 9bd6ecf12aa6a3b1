// The reviewer's hostile texts for session 33's readers (test/data/review-hostile/): each aimed at a new rule where a
// real text would make it misfire; each reading here failed once the rule was first written, and holds after its mend.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DATA = join(import.meta.dirname, '..', 'data', 'review-hostile');
const read = (name: string): Promise<PolicyDocument> => readPolicyFile(join(DATA, name), { file: name });
const issuers = (d: PolicyDocument): string[] =>
  d.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.name);

describe('an organ’s own notice is no news page', () => {
  test('a city’s notice forwarding a provincial text 全文如下 keeps its title and number (b03)', async () => {
    const d = await read('b03-forward-full-text.txt');
    expect([d.noticeTitle, d.docNumber, d.tier, d.jurisdiction]).toEqual([
      '株洲市人民政府办公室关于转发湖南省人民政府办公厅关于加强耕地保护工作的意见的通知',
      '株政办发〔2024〕12号',
      'municipal',
      '株洲市',
    ]);
    expect(d.issues.map((i) => i.code)).not.toContain('NEWS_WRAPPER');
  });

  test('a government’s announcement 全文如下 keeps its title and number (b36)', async () => {
    const d = await read('b36-announcement-fulltext.txt');
    expect([d.title, d.docNumber]).toEqual(['株洲市人民政府公告', '株政告〔2024〕5号']);
  });

  test('a news lead closing with 全文如下 stays text: its issuer and goals are read (b09)', async () => {
    const d = await read('b09-news-lead-fulltext.txt');
    expect([d.title, issuers(d)]).toEqual(['湖南省新能源发展实施方案', ['湖南省人民政府办公厅']]);
    expect(d.preamble ?? '').toMatch(/近日/);
  });
});

describe('titles', () => {
  test('a decree number cited in an opening sentence cuts nothing (b02)', async () => {
    const d = await read('b02-decree-cite-in-head.txt');
    expect(d.preamble ?? '').toMatch(/^根据国务院令第708号《生产安全事故应急条例》/);
    expect(d.citations.find((c) => c.title === '生产安全事故应急条例')?.relation).toBe('based_on');
  });

  test('a forwarding title broken after 关于转发 is one title (b20)', async () => {
    const d = await read('b20-forward-title-broken.txt');
    expect([d.title, d.kind]).toEqual(['湖南省人民政府办公厅关于加强耕地保护工作的意见', 'opinions']);
  });

  test('a title opening with a date (5.12…) is a title (b29)', async () => {
    expect((await read('b29-title-date-number.txt')).title).toBe('5.12全国防灾减灾日宣传活动方案');
  });

  test('a meeting’s minutes headed 县长办公会议 keep that title (b05)', async () => {
    expect((await read('b05-minutes-head.txt')).title).toBe('县长办公会议');
  });
});

describe('issuers and places', () => {
  test('the unit interpreting a document, named on the document’s own page, is not its issuer (b30)', async () => {
    expect(issuers(await read('b30-doc-page-with-interp-unit.txt'))).toEqual(['株洲市人民政府']);
  });

  test.each([
    ['b35-city-office-names-other-city.txt', '市人民政府办公室'],
    ['b13-district-names-region.txt', '区发展和改革局'],
  ])(
    'an organ by level alone takes no place the text learns from, nor a region for a district (%s)',
    async (file, name) => {
      const d = await read(file);
      expect([issuers(d), d.jurisdiction]).toEqual([[name], undefined]);
    },
  );

  test.each([['b15-national-news-names-pilot.txt'], ['b14-city-news-names-county.txt']])(
    'a national report naming a province twice, or a city’s naming a county-level city, is left unplaced (%s)',
    async (file) => {
      const d = await read(file);
      expect([d.tier, d.jurisdiction]).toEqual([undefined, undefined]);
    },
  );

  test('a township alone is of the county tier, its place unknown (b24)', async () => {
    const d = await read('b24-town-alone.txt');
    expect([d.tier, d.jurisdiction, d.agencyRoles.map((r) => r.agency.jurisdiction)]).toEqual([
      'county',
      undefined,
      [undefined],
    ]);
  });
});

describe('text kept', () => {
  test('a numbered field (2.申报时间:…) dates nothing (b07)', async () => {
    expect((await read('b07-numbered-field-date.txt')).publishedOn).toBeUndefined();
  });

  test('an address and a site path inside the text stay text (b08)', async () => {
    const d = await read('b08-url-line-in-body.txt');
    const text = d.articles.map((a) => a.text).join('\n');
    expect(text).toMatch(/https:\/\/rst\.hunan\.gov\.cn/);
    expect(text).toMatch(/首页>>网上办事>>职称申报/);
  });

  test('a table row of a unit and its deadline inside an article is not cut as a signature (b04)', async () => {
    const d = await read('b04-table-unit-deadline.txt');
    expect(d.articles.map((a) => a.text).join('\n')).toMatch(/县农业农村局 2024年11月30日/);
  });

  test('a forwarded text attached to the notice stays its attachment (b12)', async () => {
    const d = await read('b12-forward-notice-attached.txt');
    expect([d.articles.length, d.attachments?.length]).toEqual([0, 1]);
  });

  test('an untitled interpretation naming its document by a short name interprets the whole title (b22)', async () => {
    expect((await read('b22-untitled-interp-shortname.txt')).interprets?.title).toBe('长沙市城市道路挖掘管理办法');
  });
});
