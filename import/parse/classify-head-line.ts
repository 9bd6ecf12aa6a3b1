/**
 * What a line before the body is: the title, a document number, a date, a web page's metadata, the addressees,
 * the issuing notice's body, an issuer's name, the red-header masthead, 此件公开发布, or a paragraph. Examples:
 *   '国发〔2020〕7号', '(桂政办发〔2018〕46号)' → number; '2022-06-28 14:14' → date;
 *   '各省、自治区…人民政府,国务院各部委、各直属机构:' → addressee; '科 技 部' → issuer; '湖南省人民政府办公厅文件' → masthead;
 *   '《…》已经自治区人民政府同意,现印发给你们,请认真贯彻执行。' → notice-body.
 */
import { findDates } from './parse-date.ts';
import { findDocNumbers } from '../../text/index.ts';
import { readDamagedNumber, readRunTogetherDate, readSpacedDate } from './read-damaged-head.ts';
import { DATE_FIRST, isMakingLine } from './statute/read-statute-head.ts';
import { tellsMaking } from './read-history-lines.ts';
import { QA_LABEL } from './read-questions-answers.ts';

/** The role of a line in a document's head or closing. */
export type HeadLineRole =
  | 'number'
  | 'date'
  | 'meta'
  | 'public'
  | 'note'
  | 'addressee'
  | 'notice-body'
  | 'issuer'
  | 'masthead'
  | 'title'
  | 'paragraph';

const META =
  /^(?:来源|发布日期|发布时间|发文日期|成文日期|生效日期|施行日期|索引号|主题分类|发文机关|发布机构|发文字号|文号|信息来源|作者|时间|日期|有效性|原文链接|原文地址|链接|网址|文章来源|归档时间|归档日期|更新时间|更新日期)\s*:/;
// A field of a page's list or a wiki's infobox: a bullet, then a short label and its colon (- 信息来源:市政府,
// 基本介绍•中文名:…, •印发机关:…). A title is never written so.
const BULLETED_FIELD = /^(?:[\u4e00-\u9fff]{2,8})?\s*[-•·*▪●◆]\s*[\u4e00-\u9fff]{2,6}\s*[:：]/;
// The issue of a government's gazette a page copies the document from (兴安盟行政公署公报2019年1-3期(总第52期),
// 国务院公报 2019年第5号): it names the gazette, never the document.
const GAZETTE_ISSUE =
  /公报\s*(?:[(（]?\d{4}\s*年?\s*(?:第\s*)?\d{1,3}(?:\s*[-—–~～至、]\s*\d{1,3})*\s*[期号][)）]?|[(（]?\s*总第\s*\d{1,4}\s*期)/;
// A line of the body's list of attachments: the label and its colon (附件:…, 附件:1.…). A label with its own number
// (附件1：X) may head an attachment posted as a page of its own: a title then.
const ATTACHMENT_LIST = /^附件\s*[:：]/;
// The mark a copy keeps of the seal stamped over a signature ((章), (印章), (盖章)).
const SEAL = /\s*[(（](?:印?章|盖章|公章|签章)[)）]$/;
/** A signature without the mark of its seal: 中华人民共和国交通部办公厅(章) → 中华人民共和国交通部办公厅. */
export const withoutSeal = (signature: string): string => signature.replace(SEAL, '');

/** How an issuing body's name ends (人民政府, 办公厅, 部, 局 …). */
// 调查队 and 调查总队: the survey teams of 国家统计局 (国家统计局万载调查队), which sign statistical bulletins jointly.
export const ISSUER_END =
  /(?:国务院|人民政府|办公厅|办公室|委员会|常委会|部|厅|局|署|委|院|管委会|总局|调查总?队|(?:支|大|总)队|(?<!公)司)$/;
// A telephone number: an area code and its number, or a number after 电话/传真/热线 and its colon.
const TELEPHONE = /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|(?:电话|传真|热线)[:：]?[(（]?\d{3,4}[)）-]?\d{7,8}(?!\d)/;
// A notice's contact line: the person, address or mailbox to write to (联系人:战榆林, 电子邮箱:…).
const CONTACT = /^(?:联\s*系\s*人|联系(?:电话|方式|地址|单位|部门)|(?:电子)?邮箱|通讯地址|邮政编码|邮编)\s*[:：]/;
// The red header of an official document (版头): its organs' names and 文件 (湖南省人民政府办公厅文件, 中共湖南省委
// 湖南省人民政府文件), also after an aggregator's label (第一篇:…). It tells the issuer, never the title. Read without a
// nested repetition: a pattern of organ names repeated, each lazily, took exponential time on a joint signature of
// forty organs that does not end in 文件 (the import hung). The organs are a run of characters ending in an organ's
// word; ninety characters hold six organs' names in full.
const MASTHEAD = /^(?:[^:]{1,8}:)?([\u4e00-\u9fff]{2,90})文件$/;
const ORGAN_END = /(?:国务院|人民政府|政府|办公厅|办公室|委员会|常委会|中央|部|厅|局|署|委|院|管委会)$/;
/** Whether a text, spaces left out, is organs' names and 文件: a red header. */
function isMastheadText(compact: string): boolean {
  const organs = MASTHEAD.exec(compact)?.[1];
  return organs !== undefined && ORGAN_END.test(organs);
}
/** Whether a text is an organ's name and 文件: a masthead, and in 《》 no document's title. */
export const isMasthead = (text: string): boolean => isMastheadText(text.replace(/\s+/g, ''));
// The signer's office and name, with a space or without (市长张新起, 省长巴音朝鲁); written without a space, not a word
// that opens with the office (县长办公会议, 市长信箱, 局长之窗, 市长质量奖).
/** The offices that sign a decree or a government's document in person: the signer's title before the name. */
export const SIGNER_OFFICES =
  '副总理|总理|国务委员|部长|主任|省长|市长|州长|县长|区长|旗长|盟长|局长|厅长|主席|委员长|署长|行长';
const SIGNATORY = new RegExp(
  `^(?:${SIGNER_OFFICES})(?:\\s+[\\u4e00-\\u9fff·]{2,4}|(?![\\u4e00-\\u9fff]*[会议办信箱线窗奖栏台日程])[\\u4e00-\\u9fff·]{2,4})$`,
);
// A notice's or a decree's own words: it issues (现印发给你们), asks (请认真贯彻执行), or says the text it promulgates was
// adopted (《X》已经…会议通过, its line broken before 通过 in a printed column).
export const DECREE_STATEMENT = /^《[^《》]{2,80}》(?:已经|已由|业经|已于)/;
const NOTICE_BODY = new RegExp(
  `现印发给你们|现予印发|现印发|现将.{0,40}印发|请认真贯彻执行|请认真贯彻落实|请结合实际.{0,10}贯彻|已经.{1,30}同意|${DECREE_STATEMENT.source}`,
);

// A bank's name (中国人民银行甘肃省分行), which signs joint notices on finance beside the commissions and bureaus.
const BANK_END = /(?:银行|分行|支行)$/;

/**
 * True for a joint signature's line: organs' names parted by spaces, each whole (国家金融监督管理总局甘肃监管局
 * 中国人民银行甘肃省分行), however long the line. Such a line is no title broken over lines: no part of it acts (关于,
 * 印发) and each ends as an organ's name does.
 */
function isSpacedSignature(line: string): boolean {
  const parts = line.split(/[\s\u3000]+/);
  const organ = (p: string): boolean =>
    /^[\u4e00-\u9fff]{3,24}$/.test(p) && !/关于|印发|转发/.test(p) && (ISSUER_END.test(p) || BANK_END.test(p));
  return parts.length >= 2 && parts.every(organ);
}

/** An organ named by its level alone, and that level's word (市人民政府 → 市, 自治区财政厅 → 自治区; not 市场监管局). */
export const LEVEL_ALONE =
  /^(自治区|自治州|自治县|省|市(?!场)|县(?!域)|区(?!域)|州|旗)(?:人民)?(?:政府|[\u4e00-\u9fa5]{1,12}(?:厅|局|委|办|委员会|办公室))/;

// A notice to the public addresses it by name (广大市民:, 全县广大人民群众:, 广大居民朋友们:).
const THE_PUBLIC =
  /^(?:全[省市县区州旗镇乡]|本[省市县区])?(?:广大|全体)?(?:市民|居民|群众|村民|农民|游客|师生|家长|网友|人民群众|消费者)(?:朋友)?们?[:：]$/;

const IMPRINT_LINE = /^(?:[\u4e00-\u9fff]{2,30}\d{4}年\d{1,2}月\d{1,2}日印发|抄\s*送[:：].+)$/;

/** Classifies one line (matching form) of the head or the closing. */
export function classifyHeadLine(match: string): HeadLineRole {
  const m = match.trim();
  const compact = m.replace(/\s+/g, '');
  // 此件公开发布, or 此件主动公开 as Hunan prints it; 主动公开 alone is the release marker a red-header document prints
  // above its number (Guangdong): a marker, never the title's first words.
  if (/^[(（]?(?:此件)?(?:公开发布|主动公开)[)）]?$/.test(compact)) return 'public';
  // An editor's note after the signature (（本文有删减）): part of the closing, not of the last article.
  if (/^[(（](?:本文|此件|原文)?有删节?减?[)）]$|^[(（](?:本文|此件)有删[节减][)）]$/.test(compact)) return 'note';
  // The imprint's printing line (明光市卫计委办公室 2015年11月23日印发) and its copy list (抄送:…): the closing's, no title.
  if (IMPRINT_LINE.test(compact)) return 'note';
  if (META.test(m) || BULLETED_FIELD.test(m) || GAZETTE_ISSUE.test(compact)) return 'meta';
  // The number alone, also in brackets under the title ((桂政办发〔2018〕46号), as Guangxi's portal prints it).
  const bare = compact.replace(/^[(（](.*)[)）]$/, '$1');
  const numbers = findDocNumbers(bare);
  if (numbers.length === 1 && numbers[0]!.index === 0 && numbers[0]!.original.length === bare.length) return 'number';
  // A number or a date that lost characters in copying (南兴府办函〔202058, 20151214): read or named by readMetadata.
  if (numbers.length === 0 && readDamagedNumber(bare)) return 'number';
  if (readRunTogetherDate(compact).length > 0 || readSpacedDate(m)) return 'date';
  const dates = findDates(m);
  if (
    dates.length === 1 &&
    m
      .replace(dates[0]!.text, '')
      .replace(/\d{1,2}:\d{2}(?::\d{2})?/, '')
      .replace(/[\s印发]/g, '')
      // A date in brackets under a byline (（2023年4月12日）), as bulletins and reports date themselves.
      .replace(/^[(（][)）]$/, '') === ''
  )
    return 'date';
  // A line telling a step of the text's making from its date (2024年2月20日县人民政府第12次常务会议通过) dates it; it
  // is no title. (Not 本办法自发布之日起施行: that closes a body.)
  if (DATE_FIRST.test(m) && isMakingLine(m)) return 'date';
  // The same in brackets, the head note a statute or decision carries ((2025年7月30日…第二十次会议通过)): its history,
  // read by the history reader, never a title line.
  if (/^[(（].+[)）]$/.test(m) && tellsMaking(m)) return 'note';
  if (NOTICE_BODY.test(compact)) return 'notice-body';
  if (isMastheadText(compact)) return 'masthead';
  // A question or an answer (Q:…, A:(一)…) of a page of questions and answers is no title.
  if (QA_LABEL.test(compact)) return 'paragraph';
  // A signatory (总理 李克强, 市长 张三) is no title and no issuer.
  if (SIGNATORY.test(m)) return 'paragraph';
  if (/:$/.test(m) && !m.includes('。') && m.length < 160 && (/各|、/.test(m) || THE_PUBLIC.test(compact)))
    return 'addressee';
  // One organ addressed, as a 批复 answers the organ that asked (清湖乡人民政府:).
  if (/^[\u4e00-\u9fff（）()]{2,30}[:：]$/.test(compact) && ISSUER_END.test(compact.slice(0, -1))) return 'addressee';
  // A sign-off in brackets ((万载县统计局)), as bulletins sign at their end, is a signature too; so is one marking
  // where the seal is stamped (…交通部办公厅(章)).
  const organ = withoutSeal(compact).replace(/^[(（]([^()（）]+)[)）]$/, '$1');
  if (organ.length <= 24 && ISSUER_END.test(organ) && !/[,;。:、《》“”]/.test(organ) && !/关于/.test(organ))
    return 'issuer';
  if (isSpacedSignature(m)) return 'issuer';
  // A line of Latin letters only (IRVING, a scan's or a site's noise) names no Chinese document: never its title.
  if (/^[A-Za-z][A-Za-z\s.,'’&-]*$/.test(m)) return 'paragraph';
  // A line giving a telephone number (联系电话:0833-2302048, a site's contact line stored above the title) has no
  // title's shape: it joins no title.
  if (TELEPHONE.test(compact)) return 'paragraph';
  if (!/[。;]/.test(m) && !/,/.test(m.replace(/《[^》]*》/g, '')) && compact.length >= 4 && compact.length <= 160) {
    // A line shaped like a title that is a notice's contact line (联系人:战榆林) or its list of attachments (附件:1.…):
    // whom to ask and what it issues, never its title and no words of its text, as a page's fields are not.
    if (CONTACT.test(compact) || ATTACHMENT_LIST.test(compact)) return 'meta';
    return 'title';
  }
  return 'paragraph';
}
