// The level a text speaks as when it names no place: the words for its own area, the governments it addresses, the
// city rules it speaks of.
import { describe, expect, test } from 'vitest';
import { readAddresseeLevel, readRuleMakingCity, readSpokenLevel } from '../../import/parse/read-spoken-level.ts';

describe('own-area words', () => {
  test('健全/安全/完全/齐全 before 县市区省 is no 全县/全市/全区/全省', () => {
    const text = '全省各地要健全县乡村三级医疗卫生服务网络，健全县域医共体，完全县级统筹，保障安全县域。全省推进。';
    expect(readSpokenLevel(text)).toBe('provincial');
  });
  test('a county’s 全县 still counts', () => {
    expect(readSpokenLevel('全县各乡镇要健全制度，确保全县完成任务。')).toBe('county');
  });
});

describe('addressees', () => {
  test.each([['各市级有关部门'], ['各市场监督管理所'], ['各市民服务中心']])(
    '%s is no list of a province’s cities',
    (addressee) => {
      expect(readAddresseeLevel([addressee])).toBeUndefined();
    },
  );
  test.each([
    ['各市、县人民政府'],
    ['各市（州）人民政府'],
    ['各市县人民政府'],
    ['各市（地）行政公署'],
    ['各市人民政府'],
    ['各市政府'],
  ])('%s is a province’s cities', (addressee) => {
    expect(readAddresseeLevel([addressee])).toBe('provincial');
  });
});

describe('a city’s own rules', () => {
  test('a city decree cited after a 《》 title does not make the text the city’s', () => {
    const text =
      '关于开展行政规范性文件清理工作的通知\n根据省政府办公厅的部署和《XX市行政规范性文件管理办法》（市政府令第5号），决定对规范性文件进行清理。';
    expect(readRuleMakingCity(text)).toBeUndefined();
  });
  test('a text speaking of its own 县政府 is no city’s', () => {
    const text = '根据省政府办公厅的部署，对县政府及其部门制发的规范性文件和市政府规章的执行情况进行清理。';
    expect(readRuleMakingCity(text)).toBeUndefined();
  });
  test('a city naming its own rules and the province’s organs by level alone is municipal', () => {
    const text =
      '为提升市政府重大政策解读质量，根据省政府办公厅关于加强政策解读工作的部署要求，制定本制度。\n(一)市政府规章(市政府令);';
    expect(readRuleMakingCity(text)).toBe('municipal');
  });
});
