/**
 * A web page's metadata, as a table (cells tab-separated, as a browser copies them) or as labelled lines, read as
 * metadata and kept out of the document's text. Examples:
 *   '索 引 号：\t000014349/2018-00223\t主题分类：\t农业' → indexNumber '000014349/2018-00223', topic '农业'
 *   '发文机关：\t国务院办公厅\t成文日期：\t2018年12月23日' → issuer '国务院办公厅', issuedOn '2018-12-23'
 *   '发文标题: 金华市人民政府关于…意见' → title; '发文文号: 金政发[2016]54号' → docNumber '金政发〔2016〕54号'
 *   '索引号 | 123417020032559063/202001-00048 | 组配分类 | 部门文件 |' (cells between bars) → indexNumber, a record field
 *   '• 发文字号:' / '' / '镇政发〔2024〕7号' (a label, a blank line, its value) → docNumber '镇政发〔2024〕7号'
 * Every line read is marked `drop: 'metadata'`, so title, preamble and articles never see it. A portal's own fields
 * are told apart from the document's: 发布机构 is who posted the page (publisher, never the issuer), 发文日期 or
 * 印发日期 may differ from the date of writing (成文日期), a date with a time of day is the page's stamp, and the
 * record's own dates and classes (生成日期, 归档时间, 废止时间, 组配分类) are read and left unused.
 */
import type { ParseIssue } from '../../model/index.ts';
import { findDates, formatDate } from './parse-date.ts';
import { findDocNumbers, normalizeLine } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';
import { closeDateSpaces } from './split-labelled-fields.ts';
import { withoutColumnTag } from './read-title.ts';
import { TITLE_END } from './read-kind.ts';

/** Which field of the document a page label names. */
export type PageFieldName =
  | 'title'
  | 'issuer'
  | 'interpreter'
  | 'interpreted'
  | 'docNumber'
  | 'issuedOn'
  | 'publishedOn'
  | 'effectiveOn'
  | 'indexNumber'
  | 'topic'
  | 'keywords'
  | 'validity'
  | 'source'
  | 'publisher'
  | 'record';

/** One labelled value of the page, with the line it stands on. */
export interface PageField {
  name: PageFieldName;
  label: string;
  value: string;
  line: number;
  unlabelled?: true;
}

/** The page's fields, read and normalised (first value of each field wins). */
export interface PageFields {
  fields: PageField[];
  title?: { value: string; line: number };
  issuer?: { value: string; line: number };
  /** Who wrote the interpretation (解读单位): the issuer of an interpretation only. */
  interpreter?: { value: string; line: number };
  /** The document an interpretation explains, named after its label (政策原文: …的报告). */
  interpreted?: { value: string; line: number };
  /** Who posted the page (发布机构): a portal's unit, often not the issuer. */
  publisher?: { value: string; line: number };
  docNumber?: { normalized: string; original: string; line: number };
  /** `formal` for the date of writing itself (成文日期); 发文日期 or 印发日期 may be a later day. */
  issuedOn?: { value: string; line: number; label: string; formal: boolean };
  publishedOn?: { value: string; line: number };
  effectiveOn?: { value: string; line: number };
  indexNumber?: string;
  topic?: string;
  validity?: string;
  issues: ParseIssue[];
}

// A gazette's imprint, each label over its value on the next line (主管主办 / 四川省人民政府办公厅).
const IMPRINT = [
  '主管主办',
  '编辑出版',
  '编审',
  '责编',
  '编校',
  '印刷',
  '发行范围',
  '全国统一刊号',
  '国际标准刊号',
  '广告经营许可证号',
  '刊期',
  '邮政编码',
];

// Labels as pages write them (spaces inside a label allowed: 索 引 号, 标　　题).
const LABELS: Record<PageFieldName, string[]> = {
  title: ['标题', '发文标题', '文件标题', '文件名称', '公文标题', '信息名称', '名称'],
  issuer: ['发文机关', '发文单位', '发文机构', '制发机关', '制定机关', '颁布机关', '颁布单位', '发布机关', '发布部门'],
  // Who wrote the interpretation of a document (政策解读单位:高唐县人民政府办公室): an interpretation's issuer, and no
  // other text's (a document's page may name the unit that interprets it).
  interpreter: ['政策解读单位', '解读单位', '解读机关', '解读机构', '解读部门'],
  // The document an interpretation page explains, named after its label rather than in 《》.
  interpreted: ['政策原文', '解读文件', '解读原文'],
  docNumber: ['发文字号', '文号', '发文文号', '发布文号', '颁布文号', '文件编号', '文件字号'],
  issuedOn: ['成文日期', '发文日期', '发文时间', '印发日期', '成文时间'],
  // 颁布 (promulgated) is the day the text was made public, as the statute reader reads a law site's 颁布日期.
  // 日期 and 时间 alone: the page's own stamp, read only beside its other fields (来源:… 日期:2017-01-12 17:08).
  publishedOn: [
    '发布日期',
    '发布时间',
    '公开日期',
    '公开发布日期',
    '公布日期',
    '公开时间',
    '撰写时间',
    '颁布日期',
    '颁布时间',
    // When a portal's clerk uploaded the page (上载日期: 2017-12-29 信息员: …): its posting.
    // When the page was edited (【编辑日期:2018-03-13】): its posting, as a portal stamps it.
    '编辑日期',
    '编辑时间',
    '上载日期',
    '上传日期',
    '上载时间',
    '上传时间',
    '日期',
    '时间',
  ],
  effectiveOn: [
    '实施日期',
    '施行日期',
    '实施时间',
    '施行时间',
    '生效日期',
    '生效时间',
    '执行日期',
    '执行时间',
    '开始实施日期',
    '开始实施时间',
  ],
  // 信息索取号: the older disclosure portals' name for the 索引号.
  indexNumber: ['索引号', '信息索取号'],
  topic: ['主题分类', '信息分类', '信息分类名称', '所属主题', '主题导航', '分类'],
  keywords: ['主题词', '关键词'],
  validity: ['有效性', '时效性', '时效', '效力状态'],
  source: ['来源', '信息来源', '文章来源', '文件来源'],
  // Anhui's disclosure platform and others: the unit that posted the page.
  publisher: ['发布机构', '发布单位'],
  // The page record's own fields: when it was made, archived or set to expire, its class on the platform, and the
  // summary a site writes above a copy (导读:…, 简介:…), which is no text of the document.
  record: [
    '生成日期',
    '归档时间',
    '归档日期',
    '废止时间',
    '废止日期',
    '失效时间',
    '失效日期',
    '组配分类',
    '内容概述',
    '公开方式',
    // The rest of a 信息公开目录 record (政府网站发展指引, 国办发〔2017〕47号): how long and to whom it is open, and the
    // unit answering for the entry, who is not the document's issuer.
    '公开时限',
    '公开范围',
    '责任部门',
    // Whether the record is in force (是否有效: 是), the platform's flag beside its dates, and how it is open.
    '是否有效',
    '公开形式',
    // A paper's note of its own headline over a reposted text (原标题:文旅部最新通知!…).
    '原标题',
    // A library's classes and marks of the record (体裁分类, 服务对象, 文件类型, 规范性文件标识, 文件状态, 所属单位).
    '体裁分类',
    '服务对象',
    '文件类型',
    '规范性文件标识',
    '文件状态',
    '所属单位',
    '导读',
    '简介',
    // The clerk who uploaded the page and the clerk's unit.
    '信息员',
    '上载部门',
    '上传部门',
    '摘要',
    '内容摘要',
    '其他信息',
    // A law site's class of the text (【效力级别】:中央其他规范性文件, 【所属类别】地方法规): the text's own words tell
    // its level.
    '效力级别',
    '所属类别',
    '法规类别',
    // A gazette's imprint (主管主办 / 四川省人民政府办公厅, 编辑出版, 印刷, 全国统一刊号 …): the journal's, not the text's.
    ...IMPRINT,
    // The page's counters (阅读量:3126, 查看次数:-).
    '阅读量',
    '阅读次数',
    '浏览量',
    '浏览次数',
    '点击量',
    '点击数',
    '点击次数',
    '访问量',
    '查看次数',
  ],
};
// A label too common to be one alone: read only beside another label on the same line (废止时间: … 名称: …).
const WEAK_LABELS = new Set(['名称', '日期', '时间', '分类']);
// The date of writing itself; other issue dates (发文日期, 印发日期) may be later than the signature's.
const FORMAL_ISSUED_ON = new Set(['成文日期', '成文时间']);
const NAME_OF = new Map(
  Object.entries(LABELS).flatMap(([name, words]) => words.map((w) => [w, name as PageFieldName] as const)),
);
const spaced = (word: string): string => [...word].join('[\\s\u3000]*');
const LABELS_LONGEST_FIRST = [...NAME_OF.keys()].sort((a, b) => b.length - a.length);
const WORDS = LABELS_LONGEST_FIRST.map(spaced).join('|');
// A label where a field begins: at the start of a cell, after a space or after the page's stamp run into it
// (2015-11-10 01:51:51信息来源:, 2010年07月26日来源:), followed by a colon; or in a law site's brackets, the colon then optional
// (【颁布文号】:国发[2018]21号, 【时  效  性】现行有效); or a whole field in brackets (【编辑日期:2018-03-13】 【来源:】).
const LABEL_AT = new RegExp(
  `(?:^|(?<=[\\s\u3000]|\\d[:：]\\d{2}|\\d日|[】\\]]))(?:[【\\[][\\s\u3000]*(${WORDS})[\\s\u3000]*[】\\]][\\s\u3000]*[:：]?|【?(${WORDS})[\\s\u3000]*[:：])`,
  'g',
);
const labelOf = (m: RegExpMatchArray): string => (m[1] ?? m[2]!).replace(/[\s\u3000]+/g, '');

// `unlabelled`: a stamp the page sets without a label (• 2020-11-13 14:42), which a labelled date outweighs.
type Pair = { name: PageFieldName; label: string; value: string; unlabelled?: true };

// A law site's label in brackets at the start of a line (【失效日期】-----------), known or not.
// (Or in square brackets, spaced: [ 索引号 ] 11500381009320238D/2023-00039 [ 发文字号 ] 江津府办发〔2023〕20号.)
const BRACKETED_LABEL = /^[【[][\s\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,9})[】\]][\s\u3000]*[:：]?(.*)$/;
// A value a site writes as a rule of dashes: the field is empty.
const NO_VALUE = /^[-—–_－\s\u3000]+$/;

// A list bullet before a label (• 索引号:), also a list's dash or star as a page copied to text writes them
// (- 索引号:dqxs/2021-00016, - 名 称:…; the space before a Chinese character is lost in normalising).
const BULLET = /^(?:[•·●◆◇■□▪►▶]\s*|[-*](?:[\s\u3000]+|(?=[\u4e00-\u9fff])))/;
// A row of cells between bars, as some portals' tables are copied: 索引号 | … | 组配分类 | … |
const BARRED = /[|｜][^|｜]*[|｜]/;

// A label a portal alone uses (附 加 码), before its colon: a field only in a bulleted list of fields.
const OTHER_LABEL = /^((?:[\u4e00-\u9fff][\s\u3000]*){2,6})[:：]/;
// Such a label filling a table's cell alone (公开类型:).
const LABEL_CELL = /^((?:[\u4e00-\u9fff][\s\u3000]*){2,6})[:：]$/;

// Where a label the portal alone uses (公文目录:, 分  类:) begins inside a known field's value, after a space: the value
// ends there, as it ends at a known label (索引号:…/2018-1220012 公文目录:应急管理 is two fields).
const OTHER_LABEL_AT = /(?<=[^\s\u3000])[\s\u3000]+((?:[\u4e00-\u9fff][\s\u3000]*){1,5}[\u4e00-\u9fff])[:：]/g;

// A date and its time of day opening a line, then a label and its colon (2020-06-29 14:18编辑:谭昌国 陆元华).
const STAMP = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?[\\s\u3000]*\\d{1,2}:\\d{2}(?::\\d{2})?';
const STAMP_THEN_LABEL = new RegExp(
  `^(${STAMP})[\\s\u3000]*((?:[\u4e00-\u9fff][\\s\u3000]*){1,5}[\u4e00-\u9fff])[:：](.*)$`,
);

const STAMP_BY_ORGAN = new RegExp(
  `^(${STAMP})[\\s\u3000]+[\u4e00-\u9fff]{2,20}(?:厅|局|委|办公室|委员会|人民政府|中心)$`,
);
// A news item's date and its paper or site (2023-03-16     呼和浩特日报): when the copy was posted.
const DATE_BY_PAPER = /^(\d{4}-\d{1,2}-\d{1,2})[\s\u3000]+[\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|报|新闻网|网|客户端)$/;
const TRAILING_STAMP = new RegExp(`[\\s\u3000](${STAMP})\\s*$`);
const POSTED = new RegExp(`^(?:(?:发表|发布|上传)于[\\s\u3000]*(${STAMP})|(${STAMP})[\\s\u3000]*(?:上传|发表|发布))$`);
// A news site's column, the stamp and who wrote it, on one line (社会热点2024-07-10 12:33:56未知, 要闻 2023-05-06 10:12 张三).
// Not a rule's own time (第一档 2023-07-01 00:00:00起执行, 截止时间 2024-05-20 17:00:00前).
const COLUMN_STAMP = new RegExp(
  `^(?=.*[\\u4e00-\\u9fff])(?![^\\d]*(?:档|截止|时间|日期))[\\u4e00-\\u9fff]{0,8}[\\s\u3000]*(${STAMP})[\\s\u3000]*(?!起|前|止|以|开始|执行|截止)[\\u4e00-\\u9fff]{0,6}$`,
);

// An index number alone, or with a date after it (11152523011672048D/2024-00004  2024-03-08).
// The organ's code is the old nine-character one (000014672, MB1568036) or the unified social credit code
// (11152523011672048D); a procurement or project code (ZFCG20240012/2024-001) is neither. Beside it the page's date,
// or its class (MB1568036/2026-07614 其他).
const UNLABELLED_INDEX =
  /^((?:[0-9A-Z]{8}[0-9X]|\d{8}-[0-9X]|[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-Z]{10})\/\d{4}-\d{3,6})(?:[\s\u3000]+(\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?|[\u4e00-\u9fff、]{1,10}))?$/;

/** A field's value up to the first label the portal alone uses inside it, then each such label's field. */
// What is left of a field set in brackets, each in its own (【编辑日期:2018-03-13】 【来源:】): the brackets go.
const bare = (value: string): string => value.replace(/^[】\s\u3000]+|[【】\s\u3000]+$/g, '');

function valueAndOthers(name: PageFieldName, label: string, text: string): Pair[] {
  const others = [...text.matchAll(OTHER_LABEL_AT)];
  return [
    { name, label, value: bare(text.slice(0, others[0]?.index)) },
    ...others.map((o, k) => ({
      name: 'record' as const,
      label: o[1]!.replace(/[\s\u3000]+/g, ''),
      value: text.slice(o.index! + o[0].length, others[k + 1]?.index).trim(),
    })),
  ];
}

// A site's name: a portal, a news site or app, a public account.
const SITE_NAME = /^[\u4e00-\u9fffA-Za-z0-9]{2,20}(?:门户网站|网站|网|新闻|客户端|公众号|日报|晚报)$/;
// A portal's name, its address, or both, as a page sets them before its stamp on one line.
const SITE_BEFORE_FIELDS =
  /^(?:[\u4e00-\u9fff]{2,30}(?:门户网站|网站|网|门户|平台))?\s*(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?)?$/;

/**
 * Reads a line as label/value pairs; undefined when the line holds anything else. `amidFields`: the line before it is
 * a field, so a weak label (名  称:) or, in a bulleted list, a label the portal alone uses (• 附 加 码:) is one too.
 */
function readFieldLine(line: SourceLine, amidFields = false): Pair[] | undefined {
  const tabbed = isTableRow(line);
  const bulleted = BULLET.test(line.text.trim());
  // A bulleted date with its time of day alone (• 2020-11-13 14:42), as a portal lists its stamp beside • 来源:…: when
  // the page was posted, as a labelled stamp is (a date of writing has no time of day).
  const unlabelled = line.text.trim().replace(BULLET, '');
  if (bulleted && isWholeDate(unlabelled) && /\d{1,2}:\d{2}/.test(unlabelled))
    return [{ name: 'publishedOn', label: '日期', value: unlabelled, unlabelled: true }];
  // A portal's row of fields without labels: an index number in the disclosure catalogue's form (the organ's code, the
  // year and a serial: 11152523011672048D/2024-00004), perhaps with the page's date beside it.
  const unlabelledIndex = UNLABELLED_INDEX.exec(line.text.trim());
  if (unlabelledIndex) {
    const beside = unlabelledIndex[2];
    const dated = beside !== undefined && isWholeDate(beside);
    return [
      { name: 'indexNumber', label: '索引号', value: unlabelledIndex[1]!, unlabelled: true },
      ...(beside
        ? [
            {
              name: dated ? ('publishedOn' as const) : ('topic' as const),
              label: dated ? '日期' : '分类',
              value: beside,
              unlabelled: true as const,
            },
          ]
        : []),
    ];
  }
  // The page's stamp and the organ that posted it (2026-03-03 16:59 湖北省文化和旅游厅), or a news item's date and its
  // paper (2023-03-16 呼和浩特日报): when the page was posted.
  const stampedBy = STAMP_BY_ORGAN.exec(line.text.trim()) ?? DATE_BY_PAPER.exec(line.text.trim());
  if (stampedBy && isWholeDate(stampedBy[1]!))
    return [{ name: 'publishedOn', label: '日期', value: stampedBy[1]!, unlabelled: true }];
  // A forum's or a document site's stamp of the post (2021-6-6 17:19 上传, 发表于 2021-6-6 17:19): when the copy was
  // posted.
  const posted = POSTED.exec(line.text.trim()) ?? COLUMN_STAMP.exec(line.text.trim());
  if (posted && isWholeDate(posted[1] ?? posted[2]!))
    return [{ name: 'publishedOn', label: '日期', value: (posted[1] ?? posted[2]!).trim(), unlabelled: true }];
  // The page's stamp with its time of day, a label the portal alone uses run into it (2020-06-29 14:18编辑:谭昌国): when
  // the page was posted, and who edited it; a known label after a stamp is read below.
  const stamped = STAMP_THEN_LABEL.exec(line.text.trim());
  if (stamped && isWholeDate(stamped[1]!) && !NAME_OF.has(stamped[2]!.replace(/[\s\u3000]+/g, '')))
    return [
      { name: 'publishedOn', label: '日期', value: stamped[1]!.trim(), unlabelled: true },
      ...valueAndOthers('record', stamped[2]!.replace(/[\s\u3000]+/g, ''), stamped[3]!),
    ];
  // A label in a law site's brackets needs no colon (【发布文号】新政发[1994]103号).
  if (!tabbed && !/[:：]/.test(line.raw) && !BRACKETED_LABEL.test(line.text))
    return bulleted
      ? readBulletedField(line.text.trim().replace(BULLET, ''))
      : (readSpacedRow(line.text) ??
          (amidFields || RUN_IN_FIELDS_OPEN.test(line.text.replace(/[\s\u3000]+/g, ''))
            ? readRunInField(line.text, amidFields)
            : undefined));
  const cells = line.raw
    .split(/\t|[|｜]/)
    .map((c) => normalizeLine(c).text.replace(BULLET, ''))
    .filter((c) => c !== '');
  // A news site's name and its stamp, parted by a bar (网易网站 | 2016-12-26 19:49): when the copy was posted.
  if (
    cells.length === 2 &&
    SITE_NAME.test(cells[0]!.trim()) &&
    isWholeDate(cells[1]!) &&
    /\d{1,2}:\d{2}/.test(cells[1]!)
  )
    return [{ name: 'publishedOn', label: '日期', value: cells[1]!.trim(), unlabelled: true }];
  const out: Pair[] = [];
  for (const cell of cells) {
    // In a table row a cell may hold a bare label, without its colon (<td>发布机构</td><td>…</td>).
    const bare = tabbed ? NAME_OF.get(cell.replace(/[\s\u3000]+/g, '')) : undefined;
    // A label after a label whose value is empty (| 关键词 | 发布机构 | 政府办 |: the copy lost the empty cell) starts its own.
    if (bare) {
      out.push({ name: bare, label: cell.replace(/[\s\u3000]+/g, ''), value: '' });
      continue;
    }
    const labels = [...cell.matchAll(LABEL_AT)];
    const at = labels[0]?.index;
    // The page's date before its labels (2017-08-07 来源:本站 | 阅读量:3126): when this copy was posted.
    const stamp = at !== undefined && at > 0 && out.at(-1)?.value !== '' ? cell.slice(0, at) : '';
    // A label the portal alone uses, in its own cell of a row holding known ones (文 号: | … | 公开类型: | 主动公开 |)
    // or of a table already read: a field of the record, its value the next cell. Anywhere else a cell 'X:' is text.
    const ownCell =
      tabbed && at === undefined && (out.length > 0 || amidFields) && out.at(-1)?.value !== ''
        ? LABEL_CELL.exec(cell)
        : null;
    const other = (bulleted && amidFields && at === undefined ? OTHER_LABEL.exec(cell) : null) ?? ownCell;
    if (other) {
      out.push({
        name: 'record',
        label: other[1]!.replace(/[\s\u3000]+/g, ''),
        value: cell.slice(other[0].length).trim(),
      });
      continue;
    }
    if (isWholeDate(stamp)) out.push({ name: 'publishedOn', label: '日期', value: stamp.trim(), unlabelled: true });
    else if (at !== undefined && stamp.trim() !== '' && SITE_BEFORE_FIELDS.test(stamp.trim())) {
      // The portal's name and address before its fields (湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: …): no value.
    } else if (at !== 0) {
      // A table: the label in one cell, its value in the next.
      const pending = out.at(-1);
      if (pending?.value !== '') return undefined;
      pending.value = cell;
      continue;
    }
    labels.forEach((m, i) => {
      const label = labelOf(m);
      out.push(...valueAndOthers(NAME_OF.get(label)!, label, cell.slice(m.index! + m[0].length, labels[i + 1]?.index)));
    });
  }
  const known = out.filter((p) => NAME_OF.has(p.label));
  if (known.length === 1 && WEAK_LABELS.has(known[0]!.label) && !bulleted && !amidFields) return undefined;
  return out.length > 0 ? out : undefined;
}

// Fields whose values have a shape fitsField checks.
const SHAPED = new Set<PageFieldName>(['docNumber', 'indexNumber', 'issuedOn', 'publishedOn', 'effectiveOn', 'title']);

// A known label standing as a word of its own, its characters perhaps spaced apart; one opening the line.
const SPACED_LABEL = new RegExp(`(?<=^|[\\s\u3000])(?:${WORDS})(?=[\\s\u3000]|$)`, 'g');
const LABEL_FIRST = new RegExp(`^(?:${WORDS})(?=[\\s\u3000]|$)`);

/**
 * A row of a table copied with spaces for its borders, labels without colons: '组配分类 政策文件 发布机构 县府办',
 * '文号 平政办〔2021〕80号'. Two labels, or one whose value reads as what the field holds, or a record's heading alone.
 */
function readSpacedRow(text: string): Pair[] | undefined {
  // Only a line opening with a label, perhaps letter-spaced as the table sets it (索 引 号, 文  号): one word each.
  if (!LABEL_FIRST.test(text.trim())) return undefined;
  const words = text
    .trim()
    .replace(SPACED_LABEL, (label) => label.replace(/[\s\u3000]+/g, ''))
    .split(/[\s\u3000]+/);
  if (!NAME_OF.has(words[0] ?? '') || WEAK_LABELS.has(words[0]!)) return undefined;
  const out: Pair[] = [];
  for (const word of words) {
    const name = NAME_OF.get(word);
    if (name && !WEAK_LABELS.has(word)) out.push({ name, label: word, value: '' });
    else out.at(-1)!.value = `${out.at(-1)!.value} ${word}`.trim();
  }
  // A record's heading alone on its line (其他信息) closes the table.
  if (out.length === 1 && out[0]!.name === 'record' && words.length === 1) return out;
  // A field left empty before the next label (索 引 号 主题分类 综合政务: the copy lost its empty cell) is one of the row;
  // the row's last must hold a value.
  if (out.at(-1)!.value === '' || (out.length === 1 && out[0]!.value === '')) return undefined;
  // With a cell left empty, the values it holds must be what their fields hold: a table's header (文号 文件名称 发布日期
  // 清理结果) is no row of fields.
  if (
    out.some((p) => p.value === '') &&
    out.some((p) => p.value !== '' && SHAPED.has(p.name) && !fitsField(p.name, p.value))
  )
    return undefined;
  return out.length >= 2 || fitsField(out[0]!.name, out[0]!.value) ? out : undefined;
}

// Where a field with its colon begins inside a row of spaced fields (… 公开目录: 规划计划): a known label, perhaps
// spaced (成 文 日 期:), or one of the portal's own written solid; not a value's last word run into it (3 号 成文日期:).
const COLONED_FIELD_AT = new RegExp(`[\\s\u3000]+(?=(?:${WORDS})[\\s\u3000]*[:：]|[\u4e00-\u9fff]{2,6}[:：])`);
const COLONED_FIELD = /^((?:[\u4e00-\u9fff][\s\u3000]*){2,6})[:：](.*)$/;

/**
 * A row of a table copied with spaces, whose first label has no colon and the next ones have theirs:
 * '索引号 zyxzfzyxzfbgs/2025-2193 公开目录: 规划计划', '文号 紫政发〔2025〕3 号 成文日期: 2025年04月29日'. The first
 * field must read as a spaced row does (a label whose value fits it); the labels after it, known or the portal's own
 * (公开目录), are fields then.
 */
function readMixedRow(text: string): Pair[] | undefined {
  const [first, ...rest] = text.trim().split(COLONED_FIELD_AT);
  if (rest.length === 0) return undefined;
  const out = readSpacedRow(first!);
  if (!out) return undefined;
  for (const part of rest) {
    const m = COLONED_FIELD.exec(part)!;
    const label = m[1]!.replace(/[\s\u3000]+/g, '');
    out.push({ name: NAME_OF.get(label) ?? 'record', label, value: m[2]!.trim() });
  }
  return out;
}

// A page whose fields run their labels into their values, one a line (发文机关中共安徽省交通运输厅党组 / 发文日期2021年12月21日
// / 发文字号皖交发〔2021〕63号): its first line opens with the issuer's or the number's label.
// (Its label perhaps spaced as the table set it: 索 引 号000014672/2024-00034; a ministry's 发布机关生态环境部.)
const RUN_IN_FIELDS_OPEN = /^(?:发文机关|发文单位|发布机关|发文字号|文号|发文日期|成文日期|发布日期|索引号)/;

/**
 * A field whose label runs into its value with no colon or space, amid the page's fields or opening them: read only
 * when the value reads as what the field holds (发文字号皖交发〔2021〕63号, 发文日期2021年12月21日), never a sentence; a
 * field of the record or a class (效力级别地方党内规范性文件, 分类环境影响评价管理) amid the others.
 */
function readRunInField(text: string, amidFields: boolean): Pair[] | undefined {
  const compact = text.replace(/[\s\u3000]+/g, '');
  // A weak label only amid the fields (分 类环境影响评价管理 under 索 引 号…).
  const label = LABELS_LONGEST_FIRST.find((l) => compact.startsWith(l) && (amidFields || !WEAK_LABELS.has(l)));
  if (!label) return undefined;
  const name = NAME_OF.get(label)!;
  const value = compact.slice(label.length);
  // A free field's value is short and no title (分类推进…实施方案 under the record is the title, not a class).
  const free = name === 'record' || name === 'topic' || name === 'keywords';
  const freeValue = value.length <= 20 && !/[。;；,，]/.test(value) && !TITLE_END.test(value);
  const fits = fitsField(name, value) || (free && amidFields && freeValue);
  return value !== '' && fits ? [{ name, label, value }] : undefined;
}

/**
 * A bulleted field without its colon: its label alone (• 文    号), or run into its value (• 发布机构发改委) when the
 * value reads as what the field holds.
 */
function readBulletedField(text: string): Pair[] | undefined {
  const compact = text.replace(/[\s\u3000]+/g, '');
  const label = LABELS_LONGEST_FIRST.find((l) => compact.startsWith(l));
  if (!label) return undefined;
  const name = NAME_OF.get(label)!;
  const value = compact.slice(label.length);
  return value === '' || fitsField(name, value) ? [{ name, label, value }] : undefined;
}

/** The field a label names (索引号 → indexNumber, 生成日期 → record), spaces inside it ignored; undefined if unknown. */
export const pageFieldOf = (label: string): PageFieldName | undefined => NAME_OF.get(label.replace(/[\s\u3000]+/g, ''));

const isTableRow = (line: SourceLine): boolean => line.raw.includes('\t') || BARRED.test(line.raw);

/** True for a line holding a label: a value alone (an index number, a stamp) may stand under one. */
const holdsLabel = (line: SourceLine): boolean =>
  !(readFieldLine(line) ?? [{ unlabelled: true }]).every((p) => p.unlabelled);

/** True for a line of the page's labelled fields (a row of its metadata table), which no menu or text is. */
export function isPageFieldLine(line: SourceLine): boolean {
  return line.match !== '' && line.text.length <= 400 && readFieldLine(line) !== undefined;
}

/**
 * The value a label alone on its line takes from a later line: the next line, or, past blank lines, one that reads
 * as what the field holds (a date, a number, an index, a unit), never a title or a sentence.
 */
function valueLine(lines: SourceLine[], i: number, name: PageFieldName): number | undefined {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const next = lines[j]!;
    if (next.match === '') continue;
    // Another label alone (关键词, then 发布机构: an empty field) is no value.
    if (next.drop || holdsLabel(next) || NAME_OF.has(next.text.replace(/[\s\u3000]+/g, ''))) return undefined;
    if (j === i + 1) return j;
    return fitsField(name, next.match.trim()) ? j : undefined;
  }
  return undefined;
}

/** True for a date alone, perhaps with its time of day (2017-08-07, 2022-02-24 17:03). */
function isWholeDate(text: string): boolean {
  const t = text.trim();
  const date = findDates(t)[0];
  return (
    date?.index === 0 &&
    t
      .slice(date.text.length)
      .replace(/\d{1,2}:\d{2}(?::\d{2})?/, '')
      .trim() === ''
  );
}

function fitsField(name: PageFieldName, value: string): boolean {
  const compact = value.replace(/\s+/g, '');
  if (name === 'issuedOn' || name === 'publishedOn' || name === 'effectiveOn')
    return readFieldDate(value) !== undefined;
  if (name === 'docNumber') return findDocNumbers(compact).length > 0;
  if (name === 'indexNumber') return /^[0-9a-z][0-9a-z\-/._]*$/i.test(compact);
  if (name === 'validity') return /^(?:现行)?(?:有效|失效|废止|已失效|已废止|部分失效|已修改|尚未生效)$/.test(compact);
  // A title, or the start of one a portal cut short with an ellipsis (鄂尔多斯市人民政府关于公布…名录以...).
  if (name === 'title')
    return compact.length >= 6 && !/[。；;]/.test(compact) && (TITLE_END.test(compact) || /(?:\.{3}|…)$/.test(compact));
  // (Not a sentence naming one: 发布机关为市人民政府.)
  if (name === 'issuer' || name === 'publisher' || name === 'interpreter')
    return (
      compact.length <= 30 &&
      !/^(?:为|是|由|应|须|将|对|向|在)/.test(compact) &&
      /(?:政府|厅|局|委|办|部|院|署|会|室|中心|网站|党组)$/.test(compact)
    );
  return false;
}

/** A field's date: any form findDates reads, or a whole value such as 2018年03月27 (its 日 left off by the page). */
function readFieldDate(written: string): { value: string; stamp: boolean } | undefined {
  // A date typeset with spaces after its separators (时间: 2016- 07- 04 17: 18).
  const value = closeDateSpaces(written);
  const stamp = /\d{1,2}:\s?\d{2}/.test(value);
  const date = findDates(value)[0]?.value;
  if (date) return { value: date, stamp };
  const bare = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*$/.exec(value);
  if (!bare) return undefined;
  const [year, month, day] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? { value: formatDate(year, month, day), stamp }
    : undefined;
}

/**
 * A law site's label in brackets no list above holds (【失效日期】, 【唯一标识】), as a field of the record: only among the
 * site's other labelled fields, the line before or after one, for a text may head its paragraphs so (【案例】).
 */
function unlistedField(lines: SourceLine[], i: number, amidFields: boolean): Pair[] | undefined {
  const m = BRACKETED_LABEL.exec(lines[i]!.text.trim());
  // A title behind a portal's column tag (【保基本民生】…的通知) is the document's, no field.
  if (!m || withoutColumnTag(lines[i]!.text.trim()) !== lines[i]!.text.trim()) return undefined;
  const next = lines.slice(i + 1).find((l) => l.match !== '');
  if (!amidFields && !(next && !next.drop && readFieldLine(next))) return undefined;
  return [{ name: 'record', label: m[1]!.replace(/[\s\u3000]+/g, ''), value: m[2]!.trim() }];
}

/**
 * A known label alone on its line without a colon, its value on the next (索引号 / 620723023/2026-00006): a portal's
 * field list copied cell by cell. Only where the next line holds what the field holds, or among other fields, where
 * an empty field's label stands alone (关键词, then 发布机构). A record's date under its label (生成日期 / 2026-01-14) is
 * the record's, no date of the text.
 */
function loneLabel(lines: SourceLine[], i: number, amidFields: boolean): Pair[] | undefined {
  const label = lines[i]!.text.replace(/[\s\u3000]+/g, '');
  const name = NAME_OF.get(label);
  if (!name || /[:：]/.test(lines[i]!.raw)) return undefined;
  const at = lines.findIndex((l, j) => j > i && j < i + 4 && l.match !== '');
  const found = at < 0 ? undefined : lines[at];
  // The next field (成文日期 left empty, then 发布时间 2022年12月09日) is no value.
  const next = found && !found.drop && !holdsLabel(found) ? found : undefined;
  const value = next ? next.text.trim() : '';
  const fits = fitsField(name, value) || (name === 'record' && isWholeDate(value));
  // A weak label (时间, 日期) alone heads a text's own lines as often (会议时间 / 2024年3月15日上午9:00): only a value
  // heading the page's block of fields (名 称 / 关于…的批复 / 索 引 号…) is its.
  if (WEAK_LABELS.has(label) && !(fits && next && headsFields(lines, at))) return undefined;
  if (!amidFields && !fits) return undefined;
  // The value under it only when it is what the field holds; else the field is empty (有效性, then the title).
  if (!fits || !next) return [{ name, label, value: EMPTY }];
  next.drop = 'metadata';
  return [{ name, label, value }];
}

// The value of a field a page left empty: no value, and none to look for below.
const EMPTY = '—';

const NAME_HEADING = /^[-*•·\s\u3000]*名[\s\u3000]*称[\s\u3000]*[:：]/;

/** The last line before `at` with text was read as a field. */
function previousField(lines: readonly SourceLine[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) if (lines[j]!.match !== '') return lines[j]!.drop === 'metadata';
  return false;
}

// Fields only a page's own block of fields holds (not a list's 简介: under its 名称:).
const BLOCK_FIELDS = new Set<PageFieldName>([
  'indexNumber',
  'docNumber',
  'issuer',
  'publisher',
  'publishedOn',
  'issuedOn',
]);

/** The next line with text is a page's field: its index number, number, issuer or dates. */
function headsFields(lines: readonly SourceLine[], at: number): boolean {
  const next = lines.slice(at + 1, at + 3).find((l) => l.match !== '');
  return next !== undefined && !next.drop && (readFieldLine(next) ?? []).some((p) => BLOCK_FIELDS.has(p.name));
}

/** Finds the page's labelled fields, marks their lines as metadata, and normalises their values. */
export function readPageFields(lines: SourceLine[], file: string): PageFields {
  const result: PageFields = { fields: [], issues: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.match === '') continue;
    if (line.drop || line.text.length > 400) continue;
    // A weak label (名  称:) is a field beside others: after one, or, the document's name, heading the block (名 称: …,
    // then 索 引 号: …); a time heading them is the site's stamp as often.
    const amidFields = previousField(lines, i) || (NAME_HEADING.test(line.text) && headsFields(lines, i));
    const pairs =
      readFieldLine(line, amidFields) ??
      (isTableRow(line) ? undefined : readMixedRow(line.text)) ??
      unlistedField(lines, i, amidFields) ??
      loneLabel(lines, i, amidFields);
    if (!pairs) continue;
    line.drop = 'metadata';
    // A label alone on its line, its value on a later one (a table copied cell by cell).
    const last = pairs.at(-1)!;
    const j =
      last.value === '' && (last.name !== 'record' || IMPRINT.includes(last.label)) && !isTableRow(line)
        ? valueLine(lines, i, last.name)
        : undefined;
    if (j !== undefined) {
      // Its bullet too, when the list sets one before every line (• 索 引 号 / • 000014349/2017-02536).
      last.value = lines[j]!.text.trim().replace(BULLET, '');
      lines[j]!.drop = 'metadata';
      i = j;
    }
    for (const pair of pairs)
      if (pair.value !== '' && !NO_VALUE.test(pair.value)) result.fields.push({ ...pair, line: line.no });
  }
  const stamps: { value: string; line: number }[] = [];
  for (const field of result.fields) take(result, field, file, stamps);
  // An issue date with a time of day (发文日期: 2024年04月06日 16:40) or a date the page sets without a label is the
  // page's stamp: its publication, at most.
  if (stamps[0]) result.publishedOn ??= stamps[0];
  return result;
}

function take(result: PageFields, field: PageField, file: string, stamps: { value: string; line: number }[]): void {
  const { name, value, line } = field;
  const compact = value.replace(/[\s\u3000]+/g, '');
  const bad = (what: string): void => {
    result.issues.push({
      file,
      line,
      severity: 'warning',
      code: 'BAD_PAGE_FIELD',
      message: `the page's ${field.label} "${value}" is not ${what}`,
    });
  };
  if (name === 'title') result.title ??= { value: withoutColumnTag(compact), line };
  // Only a title (政策原文: …的报告); a link's words (政策原文: 点击查看) name nothing.
  else if (name === 'interpreted') {
    if (fitsField('title', compact)) result.interpreted ??= { value: compact.replace(/^《(.*)》$/, '$1'), line };
  } else if (name === 'issuer' || name === 'publisher' || name === 'interpreter') {
    // A site named where an agency belongs (发文机构: 县政府网站) tells no issuer.
    if (/(?:网站|网|门户|平台|客户端|公众号)$/.test(compact)) bad('an agency (it names a website)');
    else result[name] ??= { value: compact, line };
  } else if (name === 'docNumber') {
    const number = findDocNumbers(compact)[0];
    if (number) result.docNumber ??= { normalized: number.normalized, original: value.trim(), line };
    else bad('a document number');
  } else if (name === 'issuedOn' || name === 'publishedOn' || name === 'effectiveOn') {
    const date = readFieldDate(value);
    if (!date) bad('a date');
    // An unlabelled stamp, or an issue date with a time of day: the page's posting, when no label dates it.
    else if ((name === 'issuedOn' && date.stamp) || field.unlabelled) stamps.push({ value: date.value, line });
    else if (name === 'issuedOn')
      result.issuedOn ??= { value: date.value, line, label: field.label, formal: FORMAL_ISSUED_ON.has(field.label) };
    else result[name] ??= { value: date.value, line };
  } else if (name === 'source') {
    // The page's stamp after the source it names (来源:市财政局 2019-06-24 16:15): when the copy was posted.
    const stamp = TRAILING_STAMP.exec(value)?.[1];
    if (stamp && isWholeDate(stamp)) stamps.push({ value: readFieldDate(stamp)!.value, line });
  } else if (name === 'indexNumber') result.indexNumber ??= compact;
  else if (name === 'topic') result.topic ??= value.trim();
  else if (name === 'validity') result.validity ??= compact;
}
