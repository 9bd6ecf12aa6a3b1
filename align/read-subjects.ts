/**
 * Who a provision is about, outside government: the persons and organisations it binds, supports, protects or
 * punishes (企业, 用人单位, 医疗卫生机构, 劳动者, 村民委员会 …), read from jieba's words. A generic head (机构, 单位, 组织, 企业,
 * 团体 …) takes the words before it up to a break (医疗卫生 + 机构, 民办非 + 企业 + 单位); 有关, 其他, 各类 and the like are
 * dropped from the front. Government acting as government (人民政府, 主管部门, 常务委员会, 人民法院, 流域管理机构) is no
 * subject. Names come out in the canonical vocabulary (高校 → 高等学校, 研发机构 → 研究开发机构).
 * Example: readSubjects('政府设立的医疗卫生机构、高等院校和研发机构') → 医疗卫生机构, 高等学校, 研究开发机构, with spans.
 */
import type { ChangeSpan } from './change-types.ts';
import { foldText } from './fold-text.ts';
import { normalizeVocabulary } from './normalize-vocabulary.ts';
import { type SegmentedWord, segmentWords, wordTag } from './segment-words.ts';

/** Heads that make a subject of the words before them. */
const HEADS = new Set([
  '机构',
  '单位',
  '组织',
  '企业',
  '团体',
  '协会',
  '学会',
  '公司',
  '工商户',
  '人员',
  '委员会',
  '院校',
  '学校',
  '主体',
  '事务所',
  '合作社',
  '银行',
  '联合会',
  '医院',
]);

/** The heads as word endings (headLike). */
const HEAD_END = new RegExp(`(${[...HEADS].join('|')})$`);

/** Subjects as single words, as jieba cuts them (a word that only ends in one of these is not one). */
const WHOLE =
  /^(个人|公民|法人|生产者|销售者|使用者|所有者|投资者|志愿者|农户|选民|业主|家长|父母|配偶|近亲属|律师|医师|军人|农民工|毕业生|外国人|华侨|侨眷|人才|会员|基金会|合作社|家庭|银行|社会力量|社会资本|村民会议|村民小组|用人单位|事业单位|中小企业|行业协会|金融机构|科技人员|高等院校|高等学校|高校|研发机构|科研机构|科研院所)$/;

/**
 * Subjects that are also the end of a longer word jieba keeps whole, which then names them (城乡 + 居民, 社会 + 公众, 留守
 * + 儿童, 在校 + 学生). A verb and its object (方便群众, 拐卖妇女) is read too: it still names that kind of person.
 */
const WHOLE_END =
  /(居民|村民|农民|职工|公众|群众|学生|教师|患者|游客|旅客|乘客|儿童|妇女|老年人|残疾人|未成年人|劳动者|消费者|经营者|家属|亲属)$/;

/** Who a clause punishes as such, not a kind of person: whoever broke the rule the clause states (not the civil law's 行为人). */
const OFFENDER = /^违法者$/;

/**
 * The persons a penalty clause names inside a subject it has named (对直接负责的主管人员和其他直接责任人员依法给予处分, 对单位
 * 负责人处罚款), and staff as such: who answers for the subject, not a subject of their own.
 */
const ANSWERS_FOR = /^(主管|责任|直接责任|工作)人员$|^负责人$/;

/** Compounds jieba cuts apart, in canonical vocabulary: a head reaches back to take one whole. */
const KNOWN = [
  '研究开发机构',
  '医疗卫生机构',
  '农业技术推广机构',
  '创业投资机构',
  '中介服务机构',
  '技术转移机构',
  '社会组织',
  '行业协会',
];

/**
 * Subjects jieba cuts into words that are no subjects alone, or into a subject and what is not (社会 + 力量, 村民 + 会议,
 * 农民 + 专业 + 合作社, 就业 + 困难 + 人员, 土地 + 使用权 + 人): found in the text itself. 政府和社会资本合作 names a form
 * of project.
 */
const PHRASES =
  /社会力量|社会资本(?!合作)|村民会议|村民代表会议|村民小组|农民专业合作社(?:联合社)?|就业困难人员|生产经营单位|(?:土地|海域|林地|草原|建设用地)?(?:使用|所有|承包经营|承包|经营|采矿|探矿|著作|专利)权人/g;

/**
 * A short name given to what the text has just named (…或者机构（以下简称投诉工作机构）, 以下统称, 以下称), there and
 * wherever the text uses it after: no new subject.
 */
const SHORT_NAME = /以下(?:简称|统称|称)([^）)]{1,20})[）)]/g;

/** What a subject word before it makes a thing of: an account or a market (银行账户, 银行间市场), not who. */
const THING_AFTER = /^(账户|帐户|间|卡|存款|贷款|利率|结算|名单|住宅|住宅区|小区|周边|附近|信息)$/;

/** The same, cut into two words: 个人 + 基本 + 信息, 旅客 + 运输 + 服务 (but 运输 alone is often the verb: 承运单位运输). */
const THING_AFTER_TWO = /^(基本信息|运输服务|运输经营)$/;

/** Persons a body before them is where they come from (师范学校 + 毕业生): they are the subject, not the school. */
const PERSON_FROM = /^(毕业生|学生|学员)$/;

/**
 * Lists that name places or relations, not who. A list of short names with a 、 in it ending in 周边, 附近 or 关系
 * (当选成员是夫妻、父母、子女或者兄弟姐妹关系的; not 用人单位与劳动者建立劳动关系, nor 当事人、利害关系人); a member has no
 * preposition, verb of being or 的 in it. Lists ending in 等… and a kind of place are read from the words (placeLists).
 */
const MEMBER = '[^\\s，。；：,;:、在于向对从由的是为应可将与和及或]{1,4}';
/** Words that join the members of a list, longest first (以及 before 及). */
const JOIN_WORDS = ['以及', '或者', '和', '与', '及', '或'];
const JOIN = `(?:、|${JOIN_WORDS.join('|')})`;
const LISTED_RELATIONS = new RegExp(
  `${MEMBER}(?:${JOIN}${MEMBER})*、${MEMBER}(?:${JOIN}${MEMBER})*(?:周边|附近|关系(?!人))`,
  'g',
);
const RELATION_WORD = /周边|附近|关系/;
/** A kind of place, ending the words after 等 (等人口密集区域, 等其他需要特殊保护的区域). */
const PLACE_END = /(区域|场所|地区|地带|地点|地段)$/;
/** A word that joins list members (a 、 is dropped with punctuation: the members are then not adjacent). */
const LIST_JOIN = new RegExp(`^(${JOIN_WORDS.join('|')})$`);

/** Words that stop a head from taking more in front of it. */
const BREAK =
  /^(的|和|与|及|及其|以及|或者|或|等|对|由|经|向|为|在|其|各|并|是|应当|可以|落实|发挥|明确|利用|执行|列入|提请|纳入|限制|聘请|到|建立健全|鼓励|支持|引导|扶持|设立|举办|提高|通过|拆除|保护|责令|要求|督促|指导|委托|组织|依托|侵犯|通知|告知|协助|配合|提供|给予|处|会同|联合|协调|动员|吸引|推动|帮助|培育|发展|建立|成立|设置|取得|具有|属于|包括|违反|依法|按照|根据|依照|同意|批准|确定|认定|评定|选定|指定|制定)$/;

/** What a subject word before it makes a name of: a facility, a project or a standard (团体标准), not a person or body. */
const FACILITY = /(中心|平台|基地|园区|实验室|工作站|联盟|项目|名录|孵化器|标准)$/;

/**
 * What a head may take beyond the word right before it, up to two words (房地产 + 开发 + 企业, 文物 + 收藏 + 单位):
 * jieba's nouns and abbreviations, not a verb or verbal noun (投资 + 初创期科技企业), a number or a place (本市, 国家).
 */
const KIND_TAG = /^(n|nr|nt|nz|ng|j|l|b|an)$/;
const PLACE =
  /^(本|全|各)?(国|省|市|县|区|镇|乡|村)$|^(本市|本省|本区|本县|全国|国家|全省|全市|各地|地方|中央|境内|境外|国内|国外|城市|城镇)$/;

/** A place: one of PLACE, or a name jieba tags as a place (上海市 + 企业 is 企业). */
const isPlace = (word: string) => PLACE.test(word) || wordTag(word) === 'ns';

/** Words dropped from the front: they say which, not who (有关单位 is 单位). */
const VAGUE = /^(有关|相关|其他|各方|各类|各级|各种|任何|一切|所有|本|该|上述|下列|所属|所在|其)$/;

/** Government acting as government. */
const GOVERNMENT =
  /政府|部门|机关|管理机构|领导机构|协调机构|国家机构|人民银行|人民代表大会|代表大会|常务委员会|常委会|专门委员会|法院|检察院|主管|行政|流域管理|监督管理|执法|^(?:省|市|县|区|乡|镇)级单位$|^(?:内设|直属|派出)机构$/;

/** 组织 is also a verb (依法组织实施, 负责组织编制): before one of these it is no subject. */
const ORGANISE =
  /^(实施|开展|编制|制定|协调|推广|引导|动员|指导|落实|建设|培训|评选|召开|领导|起草|管理|推动|推进|实行|拆除|评审|验收|调查|审查|清理|整治|专家)/;

/** What makes 组织 a body whatever follows (服务组织建设库房: a service organisation building a shed). */
const ORGANISATION_KIND = /^(服务|中介|经济|集体经济|合作|自治|群众|社会|专业|行业|国际|公益|慈善|学术|民间|非营利)$/;

/** Only these committees are subjects: the residents' and villagers' own. */
const COMMITTEE = /^(村民|居民|业主)委员会$/;

type Words = readonly SegmentedWord[];

/** Where word `n` ends in the folded text. */
const endOf = (words: Words, n: number) => words[n]!.start + words[n]!.word.length;

/** Whether words `a` and `b` touch: no punctuation (a 、, a comma) was dropped between them. */
const touching = (words: Words, a: number, b: number) => endOf(words, a) === words[b]!.start;

/** A head, or a word ending in one (用人单位, 金融机构). */
const headLike = (word: string) => HEAD_END.test(word);

/**
 * Whether a head-like word takes the word before it. A bare head takes a verb that says what kind (承办 + 单位, 排污 +
 * 单位, 开发 + 企业), but a word that is already a subject (中小企业, 研发机构) takes only a noun (科技型 + 中小企业): not
 * the verb that governs it (促进中小企业, 建设研发机构). Neither takes a preposition, adverb, conjunction, pronoun or
 * particle (以企业, 未经单位, 但中小企业); 企业事业单位 is two kinds, 企业 and 事业单位.
 */
const takesWordBefore = (word: string, before: string) => {
  const tag = wordTag(before);
  if (/^[pdcrum]/.test(tag) || (word === '事业单位' && before === '企业')) return false;
  return HEADS.has(word) || KIND_TAG.test(tag);
};

/** A word that names a subject as it stands: a head-like word, or a person or body known by name. */
const isWholeSubject = (word: string) => headLike(word) || WHOLE.test(word) || WHOLE_END.test(word);

/**
 * Lists ending in 等… and a kind of place (禁止在居民住宅区等人口密集区域和医院、学校、养老机构等其他需要特殊保护的区域), as
 * spans of the folded text: 等 as a word of its own (not in 高等学校), the place within six words after it in one clause,
 * with no subject between them and no verb or preposition unless a 的 follows it (需要特殊保护的; not 鼓励企业、社会组织等
 * 参与民族地区发展, 企业等单位在本区域), and the list's members back from 等 while they are joined by 、 or 和, 或者 ….
 */
function placeLists(words: Words, folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const end = (n: number) => endOf(words, n);
  const adjacent = (a: number, b: number) => touching(words, a, b);
  for (let p = 1; p < words.length; p++) {
    if (words[p]!.word !== '等' || !adjacent(p - 1, p)) continue;
    let place = -1;
    for (let q = p + 1; q < words.length && q <= p + 6 && adjacent(q - 1, q) && place < 0; q++)
      if (PLACE_END.test(words[q]!.word)) place = q;
    if (place < 0) continue;
    const between = words.slice(p + 1, place);
    const describesPlace = between.every(
      ({ word }, r) =>
        !isWholeSubject(word) &&
        (word === '的' ||
          !(BREAK.test(word) || wordTag(word).startsWith('v')) ||
          between.slice(r + 1).some((w) => w.word === '的')),
    );
    if (!describesPlace) continue;
    // Back from 等: words of one member are adjacent; members are joined by a 、 (dropped with the punctuation) or a word.
    let first = p - 1;
    for (let n = p - 1; n > 0 && p - n < 16; ) {
      const prev = words[n - 1]!.word;
      if (!adjacent(n - 1, n)) {
        if (folded[end(n - 1)] !== '、') break;
        n -= 1;
      } else if (LIST_JOIN.test(prev) && n >= 2 && adjacent(n - 2, n - 1)) n -= 2;
      else if (BREAK.test(prev)) break;
      else n -= 1;
      first = n;
    }
    spans.push([words[first]!.start, end(place)]);
  }
  return spans;
}

/** Each subject of `text` once (its first place), in canonical vocabulary. */
export function readSubjects(text: string): Map<string, ChangeSpan> {
  const folded = foldText(text);
  const words = segmentWords(folded);
  const found = new Map<string, ChangeSpan>();
  const add = (from: number, to: number) => {
    const start = words[from]!.start;
    const end = endOf(words, to);
    // jieba sometimes cuts 其他组织 as 其 + 他组织: the 他 is no part of the name.
    const cut = /^他(?=组织|单位|机构)/.test(folded.slice(start, end)) ? 1 : 0;
    const name = folded.slice(start + cut, end);
    if (GOVERNMENT.test(name) || (name.endsWith('委员会') && !COMMITTEE.test(name))) return;
    // 被检查者 is the one inspected: its 检查者 (the inspector) is no one the text names.
    if (name.endsWith('者') && from > 0 && words[from - 1]!.word === '被' && touching(words, from - 1, from)) return;
    // A 文物保护单位 is a protected site, not a body (全国重点文物保护单位); a 文物收藏单位 (a museum) is one.
    if (name.endsWith('文物保护单位')) return;
    const canonical = normalizeVocabulary(name).text;
    if (!found.has(canonical)) found.set(canonical, { text: text.slice(start + cut, end), start: start + cut, end });
  };
  const adjacent = (a: number, b: number) => touching(words, a, b);
  // Spans whose words are no subjects of their own: lists of places, short names, and (below) phrases read whole. Most
  // texts name no place or short name at all: the list pattern, which tries every position, runs only when one is.
  const skipped: Array<readonly [number, number]> = [];
  const within = (at: number) => skipped.some(([from, to]) => at >= from && at < to);
  if (RELATION_WORD.test(folded))
    for (const m of folded.matchAll(LISTED_RELATIONS)) skipped.push([m.index, m.index + m[0].length]);
  skipped.push(...placeLists(words, folded));
  if (folded.includes('以下'))
    for (const m of folded.matchAll(SHORT_NAME)) {
      skipped.push([m.index, m.index + m[0].length]);
      const name = m[1]!.replace(/^[“"]|[”"]$/g, '');
      if (name === '') continue;
      for (let at = folded.indexOf(name, m.index); at >= 0; at = folded.indexOf(name, at + name.length))
        skipped.push([at, at + name.length]);
    }
  for (const m of folded.matchAll(PHRASES)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (within(start)) continue;
    skipped.push([start, end]);
    if (!found.has(m[0])) found.set(m[0], { text: text.slice(start, end), start, end });
  }
  // 组织 is a subject in a list of them (公民、法人和其他组织), not as a verb (依法组织实施, 先行组织考古调查); a bare 人员 or
  // 主体 says no who.
  // …nor after a body that does the organising (村民委员会组织村民讨论, 被督导单位组织自评; but 消费者组织 is a body) or a
  // 按照规定.
  const verbOrganise = (i: number) =>
    words[i]!.word === '组织' &&
    !(i > 0 && adjacent(i - 1, i) && ORGANISATION_KIND.test(words[i - 1]!.word)) &&
    ((i + 1 < words.length && ORGANISE.test(words[i + 1]!.word)) ||
      /^(依法|负责|统一|共同|先行|自行|立即|积极|定期|及时|应当|可以|不得|能|有|规定|要求|需要|计划)$/.test(
        words[i - 1]?.word ?? '',
      ) ||
      (i > 0 && adjacent(i - 1, i) && headLike(words[i - 1]!.word)));
  /**
   * A bare head that names no one of its own: after 等 it sums up a list of subjects (居民委员会、妇女联合会等有关组织;
   * not 新闻、出版等单位, a list of trades); a 机构 joined to a government body is government's (外商投资部门或者机构); and
   * one a government body empowers or entrusts acts for it (主管部门或者其授权的单位; not 建设单位或者其委托的单位).
   */
  const bareHeadNamesNoOne = (i: number) => {
    let k = i - 1;
    while (k >= 0 && VAGUE.test(words[k]!.word)) k--;
    const at = (n: number) => words[n]?.word ?? '';
    if (at(k) === '等') return isWholeSubject(at(k - 1));
    if (LIST_JOIN.test(at(k)) && words[i]!.word === '机构' && GOVERNMENT.test(at(k - 1))) return true;
    return at(k) === '的' && /^(授权|委托)$/.test(at(k - 1)) && [2, 3, 4].some((d) => GOVERNMENT.test(at(k - d)));
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.word;
    const at = words[i]!.start;
    if (within(at)) continue;
    if (OFFENDER.test(word)) continue;
    const isSubject = isWholeSubject(word) || (word.length >= 3 && /(者|人员|人)$/.test(word) && !/人民$/.test(word));
    if (!isSubject) continue;
    // A subject word that names a facility or a project is no subject (国家企业技术中心, 企业孵化平台).
    const next = i + 1 < words.length && adjacent(i, i + 1) ? words[i + 1]!.word : '';
    const afterNext = next && i + 2 < words.length && adjacent(i + 1, i + 2) ? words[i + 2]!.word : '';
    // …and 技术 + 中心 when jieba cuts them, but not 承担 + 项目 (企业承担项目: 企业 is who).
    const nextTwo = /^(技术|科技|创新|孵化|研发|工程|研究|服务)$/.test(next) ? next + afterNext : '';
    if (FACILITY.test(next) || FACILITY.test(nextTwo) || THING_AFTER.test(next) || PERSON_FROM.test(next)) continue;
    if (THING_AFTER_TWO.test(next + afterNext)) continue;
    // A 主体 that carries a duty (落实企业主体责任, 防治主体责任) is the duty's name, not a subject; what comes before it is.
    if (word.endsWith('主体') && next === '责任') continue;
    const dutyNext = next === '主体' && afterNext === '责任';
    // A word right before a head takes part in it (民办非企业 + 单位, 村民 + 委员会), not a subject of its own; but a body
    // before its staff still is one (医疗机构 + 工作人员), and 企业事业单位 names two kinds, 企业 and 事业单位.
    const staff = next.endsWith('人员') && next !== '人员';
    if (headLike(next) && !staff && !dutyNext && next !== '事业单位' && !verbOrganise(i + 1)) continue;
    // A head takes the word before it, and more while they end in a head, up to a break (医疗卫生 + 机构, 民办非 + 企业 +
    // 单位); vague ones in front are dropped.
    let from = i;
    while (
      from > 0 &&
      headLike(words[from]!.word) &&
      !BREAK.test(words[from - 1]!.word) &&
      !isPlace(words[from - 1]!.word) &&
      adjacent(from - 1, from) &&
      takesWordBefore(words[from]!.word, words[from - 1]!.word)
    )
      from--;
    for (let more = 0; more < 2 && from < i && from > 0 && adjacent(from - 1, from); more++) {
      const prior = words[from - 1]!.word;
      if (
        !KIND_TAG.test(wordTag(prior)) ||
        BREAK.test(prior) ||
        VAGUE.test(prior) ||
        isPlace(prior) ||
        isWholeSubject(prior)
      )
        break;
      from--;
    }
    // A known compound reaches further back (科学技术 + 研究 + 开发 + 机构 is one 研究开发机构).
    for (let back = Math.max(0, i - 3); back < from; back++) {
      const span = words.slice(back, i + 1);
      const joined = span.every((_, k) => k === 0 || adjacent(back + k - 1, back + k));
      // The span must be the compound and nothing more (建设 + 研发 + 机构 stays 研发机构), and not cross 有关.
      if (!joined || span.some((w) => BREAK.test(w.word) || VAGUE.test(w.word))) continue;
      const name = normalizeVocabulary(span.map((w) => w.word).join('')).text;
      if (KNOWN.some((known) => name === known && known.length > word.length)) {
        from = back;
        break;
      }
    }
    while (from < i && VAGUE.test(words[from]!.word)) from++;
    // 本单位, 该机构, 其组织 point back to a subject named before.
    if (from === i && from > 0 && /^(本|该|其)$/.test(words[from - 1]!.word) && HEADS.has(word)) continue;
    if (verbOrganise(i)) continue;
    if (from === i && (word === '人员' || word === '主体')) continue;
    if (from === i && HEADS.has(word) && bareHeadNamesNoOne(i)) continue;
    if (ANSWERS_FOR.test(folded.slice(words[from]!.start, words[i]!.start + word.length))) continue;
    // Government's own people: 常委会组成人员, 有关部门及其工作人员; and a government body its head with the word before
    // makes (议事协调机构).
    const before = from > 0 ? words[from - 1]!.word : '';
    if (GOVERNMENT.test(before) && adjacent(from - 1, from)) continue;
    if (from === i && from > 0 && adjacent(from - 1, from) && GOVERNMENT.test(before + word)) continue;
    if (before === '及其' && from >= 2 && GOVERNMENT.test(words[from - 2]!.word)) continue;
    add(from, i);
  }
  return new Map([...found].sort(([, x], [, y]) => x.start - y.start));
}
