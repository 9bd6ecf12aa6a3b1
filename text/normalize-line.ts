/**
 * One raw line → the forms the parser reads. Example:
 *   normalizeLine('關(guān)于印發《辦法》的通知\u3000')
 *   → { text: '关于印发《办法》的通知', match: '关于印发《办法》的通知', pinyinRemoved: 1, traditional: true, … };
 *   normalizeLine('桂(gui)農廳發〔2022〕149號') → { text: '桂农厅发〔2022〕149号', pinyinRemoved: 1, … } (a syllable without
 *   tone marks, as mirror sites inject it); '第(一)', '(2018)', '(试行)', '来源(qq)' are left as they are.
 * `text` is what the document keeps (simplified, pinyin and odd spaces cleaned, punctuation as written);
 * `match` has the same length and also folds full-width ASCII (（）：；，０-９) to half-width, for the patterns.
 */
import * as OpenCC from 'opencc-js';
import { CHINESE_NUMERAL_CHARS } from './read-chinese-number.ts';

/** A line in its cleaned (`text`) and matching (`match`) forms; both have the same length. */
export interface NormalizedLine {
  text: string;
  match: string;
  /** How many injected pinyin groups like (guān) were removed. */
  pinyinRemoved: number;
  /** How many injected marks like @@ (a mirror's anti-copy filler between words) were removed. */
  marksRemoved: number;
  /** Whether traditional characters were converted to simplified. */
  traditional: boolean;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const simplifiedCache = new Map<string, string>();

// Characters that simplified text writes too (通用规范汉字表, 2013), which OpenCC still takes for traditional forms: 乾
// (乾坤; 乾安县, 乾县), 噁 (二噁英), 於 (a surname), 扞, 夥, 昇 (names), and the fish 鱀 and 鮡 (白鱀豚, 黑斑原鮡: the
// statute book writes them so). A line converts them only when another character shows it is traditional (乾燥設備 →
// 干燥设备); in a simplified line they stay as written. Found by parsing a notice of every place of the map: 乾县 became
// 干县, a place nobody knows.
const ALSO_SIMPLIFIED = new Set('乾噁於扞夥昇鱀鮡');
// 乾 before these stays 乾 in a traditional line too: places (乾縣, 乾安縣) and names (乾隆, 乾陵, 乾坤, 乾元).
const QIAN_KEPT_BEFORE = /[县縣安陵隆坤元]/;

/**
 * Converts character by character so that offsets stay aligned with the input: a character whose simplified form
 * is longer in UTF-16 (鱀 → 𬶨, outside the BMP) stays as written.
 */
export function simplifyChars(text: string): string {
  let traditional = false;
  const converted = text.replace(/[\u2e80-\uffff]|[\ud800-\udbff][\udc00-\udfff]/g, (ch, at: number) => {
    if (ch === '乾' && QIAN_KEPT_BEFORE.test(text.charAt(at + 1))) return ch;
    let simple = simplifiedCache.get(ch);
    if (simple === undefined) {
      const out: string = toSimplified(ch);
      simple = out.length === ch.length ? out : ch;
      simplifiedCache.set(ch, simple);
    }
    if (simple !== ch && !ALSO_SIMPLIFIED.has(ch)) traditional = true;
    return simple;
  });
  return traditional ? converted.replace(ZHE, '着') : text;
}

// 著 is both: 显著, 著名, 著作, 土著 keep it; the particle and the verb 'to touch' are 着 in simplified text (随着, 接着,
// 本着, 有着, 生活无着, 着力, 着眼, 着重, 着手, 着落). Character by character OpenCC keeps 著; these words are read as words
// (not 享有著作权, 走向著名, 显著实效: 著 before 作, 名 or 称 is the author's, after 显 or 卓 the adjective's).
const ZHE =
  /(?<=[随接沿顺朝紧跟]|意味|生活无)著|(?<=[有向本])著(?![作名称述])|(?<![显卓昭编撰论名专原巨遗合土拙])著(?=[力眼重手落陆想实])/g;

/** Full-width ASCII → half-width; same length as the input. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ';
// The syllables of Mandarin without tone marks (ü also written v), less the one-letter a, e, o, which also letter
// items: (huan) and (gui) are pinyin, (qq), (a), (2018) and (试行) are not.
const SYLLABLES = new Set(
  [
    'ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha',
    'chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan',
    'cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo ei en',
    'eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui',
    'gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie',
    'jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo',
    'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve lü lüe',
    'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni',
    'nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nü nüe ou pa pai pan pang pao pei pen peng pi pian',
    'piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng',
    'ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng',
    'shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti',
    'tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin',
    'xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze',
    'zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo',
    'zi zong zou zu zuan zui zun zuo',
  ]
    .join(' ')
    .split(' '),
);
// Bracketed Latin letters right after a CJK character, one group or several (區(qu)(qu)), spaces inside allowed
// (會(huì )): each group is pinyin when it bears a tone mark or is a syllable without one.
const PINYIN_RUN = new RegExp(`(?<=[\\u3400-\\u9fff])(?:[(（]\\s*[a-zü${TONE}]{1,6}\\s*[)）])+`, 'g');
const TONED = new RegExp(`[${TONE}]`);
const isPinyin = (group: string): boolean => {
  const letters = group.replace(/[(（)）\s]/g, '');
  return TONED.test(letters) || SYLLABLES.has(letters);
};
// U+3000, NBSP and the other typographic spaces become one ordinary space; zero-width marks go.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\r]/g;
// Marks a mirror injects between words to spoil copies (甘肃省第@@十三@@届): no text writes @@.
const INJECTED_MARKS = /@{2,}/g;
// Spaces a copy could not encode, saved as '?' (a centred signature ??????泰州市人民政府, a line of '?' alone): indent.
const LOST_SPACES = /^(?:\?\s*)+(?=[\u3400-\u9fff\d]|$)/;
// So are three or more after the words (甘肃省人民政府????????, a signature's right margin; 居住证?? asks twice) and the one after a division's or an
// article's number (第一章?总?则, 第一条?第十四届): no question ends those.
const LOST_TRAILING_SPACES = /(?<=[\u3400-\u9fff\d])(?:\s*\?){3,}$/;
const DIVISION_NUMBER = '^第[一二三四五六七八九十百零〇\\d]{1,5}[编編章节節条條]';
const LOST_SPACE_AFTER_NUMBER = new RegExp(`(?<=${DIVISION_NUMBER})\\?+`);
const LOST_SPACE_IN_HEADING = new RegExp(`(?<=${DIVISION_NUMBER} [\\u3400-\\u9fff])\\?+(?=[\\u3400-\\u9fff]$)`);

/** Cleans a raw line without converting characters: odd spaces, zero-width marks, injected pinyin. */
export function cleanLine(raw: string): { cleaned: string; pinyinRemoved: number; marksRemoved: number } {
  let pinyinRemoved = 0;
  let marksRemoved = 0;
  const cleaned = raw
    .replace(ZERO_WIDTH, '')
    .replace(INJECTED_MARKS, () => {
      marksRemoved++;
      return '';
    })
    .replace(ODD_SPACE, ' ')
    .replace(LOST_SPACES, '')
    .replace(LOST_TRAILING_SPACES, '')
    .replace(LOST_SPACE_AFTER_NUMBER, ' ')
    .replace(LOST_SPACE_IN_HEADING, ' ')
    .replace(PINYIN_RUN, (run) => {
      const groups = run.match(/[(（][^)）]*[)）]/g) ?? [];
      if (!groups.every(isPinyin)) return run;
      pinyinRemoved += groups.length;
      return '';
    })
    .replace(/[ \t]+/g, ' ')
    .trim();
  return { cleaned, pinyinRemoved, marksRemoved };
}

// 笫 (a bed mat) for 第 is a typing slip real statutes carry (农民专业合作社法 2017: 笫五十四条 opens a line); no line
// opens with 笫 and a number of articles, chapters, sections or books otherwise.
const MISTYPED_ORDINAL = new RegExp(`^笫(?=\\s*(?:[${CHINESE_NUMERAL_CHARS}]{1,7}|\\d{1,4})\\s*[条章节编])`);

/** Cleans one raw line and returns its kept and matching forms (in which a line-opening 笫 of a number reads 第). */
export function normalizeLine(raw: string): NormalizedLine {
  const { cleaned, pinyinRemoved, marksRemoved } = cleanLine(raw);
  const text = simplifyChars(cleaned);
  const match = foldWidth(text).replace(MISTYPED_ORDINAL, '第');
  return { text, match, pinyinRemoved, marksRemoved, traditional: text !== cleaned };
}

/** Text for comparing and identity: normalised line with all spaces removed. */
export function matchKey(text: string): string {
  return normalizeLine(text).match.replace(/\s+/g, '');
}
