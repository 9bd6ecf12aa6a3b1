// A joint signature of many organs on one line (a notice of forty departments): the red-header reader's pattern took
// exponential time on such a line when it did not end in 文件, and the import hung. Each organ is read.
import { describe, expect, test } from 'vitest';
import { isMasthead } from '../../import/parse/classify-head-line.ts';
import { parsePolicyText } from '../../import/index.ts';

const ORGANS = ['财政局', '教育局', '民政局', '商务局', '公安局', '司法局', '审计局', '统计局'];
const signature = Array.from({ length: 40 }, (_, i) => `某市${ORGANS[i % ORGANS.length]}`).join(' ');

describe('a joint signature of forty organs', () => {
  test('is no red header, and the notice is read', () => {
    expect(isMasthead(signature)).toBe(false);
    expect(isMasthead('中共湖南省委 湖南省人民政府文件')).toBe(true);
    const d = parsePolicyText(
      `关于做好统计工作的通知\n各有关单位：\n现将有关事项通知如下。\n一、提高认识\n各单位要高度重视。\n${signature}\n2021年3月5日\n`,
      { file: 'x.txt' },
    );
    expect(d.title).toBe('关于做好统计工作的通知');
    expect(d.issuedOn).toBe('2021-03-05');
  });
});
