import { describe, expect, test } from 'vitest';
import { legendEntries } from '../../viewer/src/render-legend.ts';

describe('the legend', () => {
  test('names every lane a document can stand in, the county lane and the unknown one included', () => {
    const boxes = legendEntries('zh', false)
      .filter((e) => e.kind === 'box')
      .map((e) => e.label);
    expect(boxes.slice(0, 5)).toEqual(['国家级', '省级（自治区）', '市级', '县级', '层级未知']);
  });
});
