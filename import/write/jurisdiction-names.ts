/**
 * Names of China's province-level jurisdictions: full name, the short name used in titles, and the one-character
 * abbreviation used in document numbers. Example: { full: '广西壮族自治区', short: '广西', abbr: '桂' }.
 */
import type { Tier } from '../../model/index.ts';

/** One province-level jurisdiction. */
export interface ProvinceName {
  full: string;
  short: string;
  abbr: string;
}

/** All province-level jurisdictions (municipalities directly under the central government included). */
export const PROVINCES: readonly ProvinceName[] = [
  { full: '北京市', short: '北京', abbr: '京' },
  { full: '天津市', short: '天津', abbr: '津' },
  { full: '上海市', short: '上海', abbr: '沪' },
  { full: '重庆市', short: '重庆', abbr: '渝' },
  { full: '河北省', short: '河北', abbr: '冀' },
  { full: '山西省', short: '山西', abbr: '晋' },
  { full: '辽宁省', short: '辽宁', abbr: '辽' },
  { full: '吉林省', short: '吉林', abbr: '吉' },
  { full: '黑龙江省', short: '黑龙江', abbr: '黑' },
  { full: '江苏省', short: '江苏', abbr: '苏' },
  { full: '浙江省', short: '浙江', abbr: '浙' },
  { full: '安徽省', short: '安徽', abbr: '皖' },
  { full: '福建省', short: '福建', abbr: '闽' },
  { full: '江西省', short: '江西', abbr: '赣' },
  { full: '山东省', short: '山东', abbr: '鲁' },
  { full: '河南省', short: '河南', abbr: '豫' },
  { full: '湖北省', short: '湖北', abbr: '鄂' },
  { full: '湖南省', short: '湖南', abbr: '湘' },
  { full: '广东省', short: '广东', abbr: '粤' },
  { full: '海南省', short: '海南', abbr: '琼' },
  { full: '四川省', short: '四川', abbr: '川' },
  { full: '贵州省', short: '贵州', abbr: '黔' },
  { full: '云南省', short: '云南', abbr: '云' },
  { full: '陕西省', short: '陕西', abbr: '陕' },
  { full: '甘肃省', short: '甘肃', abbr: '甘' },
  { full: '青海省', short: '青海', abbr: '青' },
  { full: '台湾省', short: '台湾', abbr: '台' },
  { full: '内蒙古自治区', short: '内蒙古', abbr: '蒙' },
  { full: '广西壮族自治区', short: '广西', abbr: '桂' },
  { full: '西藏自治区', short: '西藏', abbr: '藏' },
  { full: '宁夏回族自治区', short: '宁夏', abbr: '宁' },
  { full: '新疆维吾尔自治区', short: '新疆', abbr: '新' },
  { full: '香港特别行政区', short: '香港', abbr: '港' },
  { full: '澳门特别行政区', short: '澳门', abbr: '澳' },
];

/** The national jurisdiction's name. */
export const NATION = '中华人民共和国';

/** Full province name for a full or short name (广西 → 广西壮族自治区); undefined when it is not a province. */
export function fullProvinceName(name: string): string | undefined {
  return PROVINCES.find((p) => p.full === name || p.short === name)?.full;
}

/** Tier of a jurisdiction read off its name: 中华人民共和国 → national, …省/自治区 → provincial, …市 → municipal. */
export function tierOfJurisdiction(name: string): Tier | undefined {
  if (name === NATION) return 'national';
  if (fullProvinceName(name)) return 'provincial';
  if (/(市|自治州|州|盟|地区)$/.test(name)) return 'municipal';
  if (/(县|区|旗)$/.test(name)) return 'county';
  return undefined;
}
