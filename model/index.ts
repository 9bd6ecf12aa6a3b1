/**
 * The document model: plain types that the parser produces, the aligner reads and the graph writer stores.
 * It imports nothing and holds no driver types. Dates are `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
 *
 * Example (abridged) for corpus/guangxi-hitech-measures.txt:
 *   { title: '关于促进广西高新技术产业开发区高质量发展的若干措施', tier: 'provincial', kind: 'measures',
 *     issuedOn: '2021-08-04', parts: [{ number: 1, heading: '优化高新区布局', … }],
 *     articles: [{ number: 1, heading: '加快创建国家高新区', leadAgencies: [{ name: '广西壮族自治区科学技术厅', … }] }] }
 */

/** Administrative level of an issuing body. A municipality directly under the central government is provincial. */
export type Tier = 'national' | 'provincial' | 'municipal' | 'county';

/** Tiers from the top down; index = rank (0 is highest). */
export const TIERS: readonly Tier[] = ['national', 'provincial', 'municipal', 'county'];

/** What kind of document it is, read from the title's last words (意见, 措施, 规划, 通知, 批复, 决定, 函, 解读, 法 …). */
export type PolicyKind =
  | 'law'
  | 'regulation'
  | 'opinions'
  | 'measures'
  | 'plan'
  | 'notice'
  | 'approval'
  | 'decision'
  | 'letter'
  | 'interpretation'
  | 'other';

/** How one document refers to another: 贯彻落实 → implements, 根据/依据 → based_on, a 解读 → interprets, else cites. */
export type CitationRelation = 'implements' | 'based_on' | 'cites' | 'interprets';

/** A problem found while reading a file: never thrown, always collected. `line` is 1-based. */
export interface ParseIssue {
  file: string;
  line: number;
  severity: 'info' | 'warning' | 'error';
  code: string;
  message: string;
}

/** An agency as named in one article, expanded to its full official name. */
export interface AgencyRef {
  /** Full official name with jurisdiction: 柳州市科学技术局. Collectives keep their wording: 各县区人民政府. */
  name: string;
  /** As written in the text: 市科技局. */
  asWritten: string;
  /** 柳州市, 广西壮族自治区, 中华人民共和国 … */
  jurisdiction?: string;
  /** A collective (各县区人民政府, 各市人民政府) rather than one agency. */
  collective: boolean;
}

/** A place with its tier and parent: { name: '柳州市', tier: 'municipal', parent: '广西壮族自治区' }. */
export interface JurisdictionRef {
  name: string;
  tier: Tier;
  parent?: string;
  /** GB/T 2260 code, for places of the administrative map. */
  code?: string;
  /** Named by the document but not in the administrative map (tier from the name's suffix). */
  notInMap?: boolean;
}

/** A sum of money named in an article: 给予1000万元财政资金补助, 最高不超过500万元, 3万元-5万元, 一事一议. */
export interface MoneyAmount {
  text: string;
  /** In yuan; absent for 一事一议. */
  amountYuan?: number;
  maxYuan?: number;
  /** true for 最高不超过 / 不超过 / 最高. */
  capped: boolean;
  caseByCase: boolean;
  condition?: string;
}

/** A vision goal (建成…示范区) or a quantified target (到2025年…10个). */
export interface Goal {
  kind: 'vision' | 'target';
  text: string;
  year?: number;
  metric?: string;
  value?: number;
  unit?: string;
  /** 以上 / 左右 / 以下 … */
  qualifier?: string;
  /** The article (or the part, for text standing under a part) it belongs to, by path; absent in the preamble. */
  articlePath?: string;
}

/** 效力级别: where a document stands in the hierarchy of legal force, beside its tier (issue 14). */
export type AuthorityLevel =
  | 'constitution'
  | 'law'
  | 'administrative_regulation'
  | 'departmental_rule'
  | 'judicial_interpretation'
  | 'local_regulation'
  | 'local_government_rule'
  | 'normative_document'
  | 'work_document';

/** Authority levels from the top down; index = rank (0 is highest). */
export const AUTHORITY_LEVELS: readonly AuthorityLevel[] = [
  'constitution',
  'law',
  'administrative_regulation',
  'departmental_rule',
  'judicial_interpretation',
  'local_regulation',
  'local_government_rule',
  'normative_document',
  'work_document',
];

/** The levels whose texts are statutes: laws, regulations, rules and interpretations, above normative documents. */
export const STATUTE_LEVELS: ReadonlySet<AuthorityLevel> = new Set(
  AUTHORITY_LEVELS.slice(0, AUTHORITY_LEVELS.indexOf('normative_document')),
);

/**
 * One step in the making of a document, read from interpretations, notices and a statute's head lines
 * (2004年1月16日 浙江省第十届人民代表大会常务委员会第七次会议通过 → adoption; …修订 → revision; …修正 → amendment;
 * …批准 → approval; 公布 → promulgation; 自…起施行 → effect). `start` is the date; `bodies` the body that acted.
 */
export interface TimelineEvent {
  kind:
    | 'drafting'
    | 'consultation'
    | 'approval'
    | 'issuance'
    | 'publication'
    | 'effect'
    | 'revision'
    | 'adoption'
    | 'amendment'
    | 'promulgation';
  text: string;
  start?: string;
  end?: string;
  /** Consultation: how many units were consulted, how many rounds. */
  units?: number;
  rounds?: number;
  /** Approval: the bodies or meetings (市人民政府常务会, 市委全面深化改革委员会会议). */
  bodies?: string[];
  line: number;
}

/** A reference to another document: 《title》（number）, either part possibly missing. */
export interface Citation {
  title?: string;
  /** Normalised: 〔〕 brackets, simplified characters. */
  docNumber?: string;
  docNumberOriginal?: string;
  /** 国务院 in 国务院《关于…》, or the issuer read off the title's head. */
  issuer?: string;
  /** The issuer's jurisdiction: 国务院《物业管理条例》 → 中华人民共和国, 省人民政府《…》 in a Shandong text → 山东省. */
  jurisdiction?: string;
  relation: CitationRelation;
  line: number;
  /** The sentence around it, for the reader. */
  context?: string;
  /** The version of the cited text named in brackets after its title, e.g. 《…科学技术进步法》(2021年12月24日…第二次修订)
   *  → { date: '2021-12-24', text: '(2021年12月24日…第二次修订)' }: a fact about the cited document, not an event of this one. */
  citedVersion?: { date?: string; text: string };
}

/** A numbered item inside an article: 1. / （1） / ①. */
export interface Item {
  number: number;
  label: string;
  /** As written, without its responsibility bracket (its agencies count for the article). */
  text: string;
  path: string;
  items: Item[];
}

/** An article: （一） under a part, or 一、 in a document without parts, or 第一条. */
export interface Article {
  /** The ordinal the text gives: （十二） → 12. Unique within the document, even when the text restarts it per part. */
  number: number;
  /** As written: （十二）, 一、, 第十二条. */
  label: string;
  /** The run-in heading up to the first 。 (without the 。). Empty when the article has none. */
  heading: string;
  /** Body text after the heading (agency brackets removed), as written. */
  text: string;
  /** Number of the part it belongs to; absent in a document without parts. */
  partNumber?: number;
  /** Stable path within the document: p1/a1, or a3 without parts. Also when numbering restarts per part. */
  path: string;
  /** 第十条之一 → 1 (number stays 10; the path is …/a10-1). Absent for an ordinary article. */
  subNumber?: number;
  /** Order in the document, from 1. */
  order: number;
  line: number;
  /** A statute's paragraphs (款) in order, each with the items (项) it introduces; `text` is them joined by newlines. */
  paragraphs?: string[];
  /** Items (项); in a statute, items of the second and later paragraphs have paths …/k2/i1. */
  items: Item[];
  leadAgencies: AgencyRef[];
  cooperatingAgencies: AgencyRef[];
  /** 必须 / 应当 / 可以 / 鼓励 / 支持 … found in the article. */
  obligations: string[];
  money: MoneyAmount[];
}

/** A part: 一、 heading over articles, or 第一章. */
export interface Part {
  /** In document order from 1 (a statute's chapters that restart in each 编 are renumbered; the label keeps the text's). */
  number: number;
  label: string;
  heading: string;
  path: string;
  line: number;
  /** A statute's division: chapter (章), section (节, nested in `sections` of its chapter, or top-level in a statute
   *  without chapters) or an unnumbered heading (序言, 附则, 一、管辖). Absent in policy documents. */
  level?: 'chapter' | 'section' | 'heading';
  /** Sections (节) of a chapter, paths p2/s1; their articles are also in the chapter's `articles`. */
  sections?: Part[];
  /** The 编 (and 分编) the chapter stands in, as written: 第二编 物权 第一分编 通则. */
  book?: string;
  /** Text standing directly under the part, before its first article (absent when there is none). */
  text?: string;
  articles: Article[];
}

/** An attachment (附件) after the signature and date: its own title and text, structured when it is numbered. */
export interface Attachment {
  /** As written, spaces removed: 附件, 附件1. */
  label: string;
  /** 1 for 附件 or 附件1, 2 for 附件2 …, in document order. */
  number: number;
  /** Its own title (empty when it has none). */
  title: string;
  /** All its text after the title. */
  text: string;
  /** Structure, when the attachment is numbered; paths prefixed by the attachment's (x1/p1/a2), never the document's. */
  parts: Part[];
  articles: Article[];
  line: number;
}

/** What an interpretation says of the document it explains: 共五部分二十一条 and the outline it lists. */
export interface InterpretationSummary {
  declaredParts?: number;
  declaredArticles?: number;
  parts: { number: number; heading: string; articles: { number: number; heading: string }[] }[];
}

/** Where the text came from: kept because official pages disappear. */
export interface Provenance {
  file: string;
  sourceUrl?: string;
  retrievedOn?: string;
  sha256: string;
  importerVersion: string;
  /** 索引号: the publishing site's index number of the page (000014349/2019-00007 on www.gov.cn). */
  indexNumber?: string;
  /** 主题分类: the site's subject classification, as written. */
  topic?: string;
  /** 有效性: what the site says of the document's validity, as written (有效, 失效 …). */
  validity?: string;
}

/** One parsed document. */
export interface PolicyDocument {
  file: string;
  /** The document's own title (not the issuing notice's). */
  title: string;
  /** The issuing notice's title when the file wraps the document in one (科技部关于印发《…》的通知). */
  noticeTitle?: string;
  /** Normalised: 〔〕 brackets, simplified characters, no spaces: 柳政规〔2021〕18号. */
  docNumber?: string;
  /** As written in the text. */
  docNumberOriginal?: string;
  issuer?: string;
  /** 中华人民共和国, 广西壮族自治区, 柳州市 …; a name several places share is qualified (北京市朝阳区). */
  jurisdiction?: string;
  /** Absent when nothing in the text tells (TIER_UNKNOWN): such a document is never an upper document in alignment. */
  tier?: Tier;
  /** Every place the document and its agencies name, each with its parent, up to 中华人民共和国 (the graph's
   *  Jurisdiction nodes and PART_OF links). */
  jurisdictions?: JurisdictionRef[];
  /** 效力级别 read from the issuer, title, number form and head lines; absent when nothing tells. */
  authorityLevel?: AuthorityLevel;
  kind: PolicyKind;
  issuedOn?: string;
  publishedOn?: string;
  effectiveOn?: string;
  addressees: string[];
  /** 此件公开发布. */
  publicRelease: boolean;
  sourceUrl?: string;
  preamble?: string;
  /** The book of a code this file holds alone, as the heading under the code's title names it (lawrefbook's
   *  民法典/合同编.md: 合同编; 总则, 附则); absent for a whole text. The code is one Policy of all its books. */
  book?: string;
  parts: Part[];
  /** Flat, in document order. */
  articles: Article[];
  /** Attachments after the signature and date (absent when there are none); not part of `parts`/`articles`. */
  attachments?: Attachment[];
  citations: Citation[];
  /** 以下简称《高新区措施》 → { short: '高新区措施', full: '柳州市关于…若干措施' }. */
  shortTitles: { short: string; full: string }[];
  goals: Goal[];
  events: TimelineEvent[];
  /** For an interpretation: the document it explains (also present in `citations` with relation interprets). */
  interprets?: { title?: string; docNumber?: string };
  summary?: InterpretationSummary;
  /** Agencies with a role on the whole document: issuer, drafter (牵头制订), approver (常务会 …). */
  agencyRoles: { role: 'issuer' | 'drafter' | 'approver'; agency: AgencyRef; detail?: string }[];
  provenance: Provenance;
  issues: ParseIssue[];
}

/** The class of an article pair, after Kim et al. (EMNLP 2021): calibrated thresholds documented in align/. */
export type AlignmentClass = 'identical' | 'almost_identical' | 'related' | 'partially_related';

/** A span of text shared by two articles: offsets into each article's heading + '。' + text. */
export interface EvidenceSpan {
  lowerStart: number;
  lowerEnd: number;
  upperStart: number;
  upperEnd: number;
  lowerText: string;
  upperText: string;
}

/** One scored candidate pair between a lower-tier article and an upper-tier article. */
export interface AlignmentPair {
  lower: { file: string; docNumber?: string; title: string; article: number; path: string; heading: string };
  upper: { file: string; docNumber?: string; title: string; article: number; path: string; heading: string };
  score: number;
  class: AlignmentClass;
  rank: number;
  /** The lower article names the upper one (依照个人所得税法第六条): ranked first whatever the texts share. */
  cited?: boolean;
  evidence: EvidenceSpan[];
  method: string;
  version: string;
}
