// Word files (.docx, .doc) made by LibreOffice from real documents of the project's sets: each must read as the
// document it was made from. Also what a Word file loses (numbers Word writes itself) and how a bad one is refused.
import { expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';

test('the rows of a 附件’s table (cells apart by tabs, as a Word table reads) are no title lines', () => {
  const text = [
    '丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知',
    '莲都区人民政府，市直各单位：',
    '现将安置任务下达给你们，请按规定做好接收安置等各项工作。',
    '丽水市人民政府',
    '2023年10月16日',
    '附件',
    '2023年市区符合政府安排工作条件',
    '退役士兵和退出消防员安置任务',
    '序号\t安置单位名称\t安置任务\t岗位类别',
    '1\t丽水国家粮食储备库\t1\t事业',
    '2\t市建筑工程施工管理中心\t1\t事业',
  ].join('\n');
  const [attachment] = parsePolicyText(text, { file: 'notice.txt' }).attachments ?? [];
  expect(attachment?.title).toBe('2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务');
  expect(attachment?.text).toBe(
    '序号 安置单位名称 安置任务 岗位类别\n1 丽水国家粮食储备库 1 事业\n2 市建筑工程施工管理中心 1 事业',
  );
});
