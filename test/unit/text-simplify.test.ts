// Traditional characters are converted to simplified line by line, but a few characters simplified text writes too
// (通用规范汉字表): 乾 of 乾安县 and 乾县, 噁 of 二噁英, 於 the surname. A line converts them only when some other
// character shows it is traditional. Found by sweeping the whole administrative map: 乾安县's and 乾县's notices
// were read as 干安县 and 干县, the second a place nobody knows, and the notice came out national.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { normalizeLine, simplifyChars } from '../../text/index.ts';

describe('characters simplified text also writes', () => {
  test.each(['乾安县人民政府办公室', '陕西省乾县', '开展二噁英监测', '白鱀豚、黑斑原鮡'])(
    '%s stays as written',
    (line) => {
      expect(simplifyChars(line)).toBe(line);
      expect(normalizeLine(line).traditional).toBe(false);
    },
  );

  test('a traditional line converts them with the rest', () => {
    expect(simplifyChars('關於印發乾燥設備管理辦法的通知')).toBe('关于印发干燥设备管理办法的通知');
  });

  test('in a traditional line, 乾 of a place or a name stays (乾縣, 乾安縣, 乾隆), 乾 of 乾燥 is converted', () => {
    expect(simplifyChars('乾縣人民政府關於')).toBe('乾县人民政府关于');
    expect(simplifyChars('乾安縣人民政府辦公室')).toBe('乾安县人民政府办公室');
    expect(simplifyChars('乾隆時期的乾燥氣候')).toBe('乾隆时期的干燥气候');
  });

  test('offsets stay aligned: a character whose simplified form is longer stays as written', () => {
    const line = '長江流域江豚、白鱀豚';
    expect(simplifyChars(line)).toHaveLength(line.length);
  });

  test('乾县’s notice is 乾县’s, county tier', () => {
    const d = parsePolicyText(
      [
        '乾县人民政府办公室关于印发乾县河道管理办法的通知',
        '乾政办发〔2021〕12号',
        '各乡镇人民政府，县政府各部门：',
        '《乾县河道管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
        '乾县人民政府办公室',
        '2021年3月5日',
      ].join('\n'),
      { file: 'notice.txt' },
    );
    expect([d.title, d.tier, d.jurisdiction, d.issuer]).toEqual([
      '乾县河道管理办法',
      'county',
      '乾县',
      '乾县人民政府办公室',
    ]);
  });
});
