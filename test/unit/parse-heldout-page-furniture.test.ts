// Page furniture and page fields of the held-out policy pages (test/data/policy-heldout/, truth in
// test/data/parse-truth/policies-heldout/): a page run into one line, a footer stored above the title, fields behind
// `- ` bullets, bare posting stamps, a site's reading prompt and a number run into the addressees. Each defect has a
// short text of its general form beside the real file.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const HELDOUT = join(import.meta.dirname, '..', 'data', 'policy-heldout');
const read = (name: string): Promise<PolicyDocument> => readPolicyFile(join(HELDOUT, name), { file: name });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });

describe('a page’s fields behind list bullets', () => {
  test('`- 索引号:`, `- 名 称:` (a spaced weak label) are fields (xz-ali-work-rules-2021)', async () => {
    const d = await read('xz-ali-work-rules-2021.txt');
    expect([d.noticeTitle, d.issuer, d.provenance.indexNumber, d.docNumber]).toEqual([
      '阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知',
      '阿里地区行政公署',
      'dqxs/2021-00016',
      '阿行发〔2021〕42号',
    ]);
  });

  test('a dash-bulleted field list is read as a •-bulleted one', () => {
    const d = parse([
      '- 索引号:abc/2020-00001',
      '- 发文字号:某政发〔2020〕3号',
      '- 名 称:某市人民政府关于促进就业的意见',
      '- 发布日期:2020-05-06 10:00',
      '某市人民政府关于促进就业的意见',
      '各县人民政府:',
      '一、总体要求',
      '做好工作。',
    ]);
    expect([d.title, d.provenance.indexNumber, d.docNumber, d.publishedOn]).toEqual([
      '某市人民政府关于促进就业的意见',
      'abc/2020-00001',
      '某政发〔2020〕3号',
      '2020-05-06',
    ]);
  });
});

describe('a page’s posting stamp without a label', () => {
  test('a date and time run into empty labels (2015-11-10 01:51:51信息来源:浏览次数:) is publishedOn (sd-yanzhou)', async () => {
    const d = await read('sd-yanzhou-xinxi-gongkai-2011.txt');
    expect(d.publishedOn).toBe('2015-11-10');
  });

  test('a bulleted date and time under the title (• 2020-11-13 14:42) is publishedOn (sc-guangan)', async () => {
    const d = await read('sc-guangan-district-jingxihua-2020.txt');
    expect(d.publishedOn).toBe('2020-11-13');
    expect(d.issues.map((i) => i.code)).not.toContain('EXTRA_TITLE_LINE');
  });

  test.each([['2020-11-13 14:42'], ['• 2020-11-13 14:42'], ['2020-11-13 14:42:05来源:浏览次数:']])(
    '%s under the title is the page’s stamp, never a title line',
    (stamp) => {
      const d = parse(['某市人民政府关于促进就业的意见', stamp, '各县人民政府:', '一、总体要求', '做好工作。']);
      expect([d.title, d.publishedOn]).toEqual(['某市人民政府关于促进就业的意见', '2020-11-13']);
    },
  );
});
