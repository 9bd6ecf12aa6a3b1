// What the review of the duty-table, portal-record and broken-step readers found (texts in
// test/data/review-hostile/tables-records/, README there): each test failed on the reviewed commit 12fe56d.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'review-hostile', 'tables-records');
const read = (name: string): PolicyDocument =>
  parsePolicyText(readFileSync(join(DIR, name), 'utf8'), { file: `tables-records/${name}` });
const articles = (d: PolicyDocument) => [...d.articles, ...(d.attachments ?? []).flatMap((a) => a.articles)];
const leads = (d: PolicyDocument) => articles(d).flatMap((a) => a.leadAgencies.map((x) => x.name));
const organs = (d: PolicyDocument) =>
  articles(d).flatMap((a) => [...a.leadAgencies, ...a.cooperatingAgencies].map((x) => x.name));

describe('two documents in one file are still refused', () => {
  test.each([
    't30_two_docs_supplement.txt',
    't31_two_docs_same_title_other_issuer.txt',
    't32_two_docs_no_period.txt',
    't34_two_docs_first_untitled.txt',
    't35_two_docs_appointment.txt',
  ])('%s', (name) => {
    expect(() => read(name)).toThrow(/two documents in one file/);
  });
});

describe("a text's own lines are no page's", () => {
  test('a key and its value in the body (时间 / 2024年3月15日上午9:00) date no page', () => {
    expect(read('t20_meeting_time_keyvalue.txt').publishedOn).toBeUndefined();
    expect(read('t25_interpretation_time.txt').publishedOn).toBeUndefined();
  });

  test('an empty field over the title takes no title for its value', () => {
    expect(read('t24_validity_then_title.txt').noticeTitle).toBe(
      '临泽县人民政府关于印发临泽县2026年为民办实事项目的通知',
    );
    expect(read('t26_keywords_empty_then_title.txt').title).toBe(
      '宜昌市人民政府办公室关于做好2024年汛期安全防范工作的通知',
    );
  });

  test("a title over a dotted date or the site's address is no banner", () => {
    for (const name of ['t22_title_dotted_date.txt', 't28_title_then_site_address.txt'])
      expect(read(name).title).toBe('宜昌市人民政府关于调整最低工资标准的通知');
  });

  test('a sentence inviting readers to log in to a service hall stays in the text', () => {
    expect(articles(read('t50_greeting_body_line.txt')).some((a) => a.text.includes('欢迎登录'))).toBe(true);
  });

  test("a news page's stamp over a statute is no step of its making", () => {
    const d = read('t42_news_stamp_then_statute.txt');
    expect([d.title, d.issuer]).toEqual(['莆田市城市绿化条例', '莆田市人民代表大会常务委员会']);
  });

  test("a page's stamp with its time of day under a title is no promulgation", () => {
    expect(read('t40_measures_dash_stamp.txt').issuedOn).toBeUndefined();
    expect(read('t46_measures_stamp_time.txt').issuedOn).toBeUndefined();
  });

  test('a verb broken from its meeting joins without a mark', () => {
    const d = read('t43_rules_decree_wrapped.txt');
    expect(d.events.some((e) => e.text.includes('审议、通过'))).toBe(false);
  });

  test("a city plan quoting the province's 印发实施《…》 takes no title from it", () => {
    expect(read('t56_preamble_yinfashishi_notitle.txt').title).not.toBe('湖北省数字经济发展三年行动方案');
  });
});

describe('a table of duties names only organs, under their columns', () => {
  test('tasks ending as names end (…储备中心, 幼儿园3所) are no organs', () => {
    for (const name of ['t02_onecell_task_center.txt', 't18_onecell_measure_words.txt'])
      expect(organs(read(name)).some((n) => /建设|新建|更新|组建|\d/.test(n))).toBe(false);
  });

  test('a row whose empty last cell was lost keeps its lead the lead', () => {
    const rows = articles(read('t16_attachment_tab_lost_coop.txt')).filter((a) => a.cooperatingAgencies.length > 0);
    expect(rows.every((a) => a.leadAgencies.length > 0)).toBe(true);
  });

  test('labels in prose are no header: no organ is named 牵头单位', () => {
    expect(organs(read('t01_prose_lead_lines.txt'))).not.toContain('牵头单位');
  });

  test('a list of contacts or of scores assigns no duty', () => {
    expect(organs(read('t03_contact_list.txt'))).toEqual([]);
    expect(organs(read('t17_assessment_results.txt'))).toEqual([]);
  });

  test('the signature, the 版记 and a joint signature after a table are no rows', () => {
    expect(leads(read('t05_onecell_signature.txt'))).not.toContain('临泽县人民政府办公室');
    expect(articles(read('t08_attach_banji.txt')).some((a) => a.text.startsWith('抄送'))).toBe(false);
    expect(articles(read('t10_joint_signature_spaces.txt')).some((a) => a.text === '宜昌市发展和改革委员会')).toBe(
      false,
    );
  });

  test("an event's organisers are no duties", () => {
    expect(leads(read('t11_event_organizers.txt'))).not.toContain('各县市区人民政府');
  });

  test("a county whose name is a common word keeps its place (公安县's 公安交警大队)", () => {
    expect(leads(read('t13_gongan_county.txt'))).toContain('公安县公安交警大队');
  });

  test('a customs office named for its city takes no district before it', () => {
    const named = organs(read('t61_customs_parent_place.txt'));
    expect(named).toContain('苏州海关');
    expect(named.some((n) => /区.+海关/.test(n))).toBe(false);
  });
});
