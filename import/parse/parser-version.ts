/**
 * Version of the parser, stored with each document (provenance.importerVersion). Bump when output changes.
 * 0.2.0: titles broken after 政策 and the like joined, heads copied from the addressees, adoption lines read as dates,
 * decree-numbered 条例 and 法 levelled.
 * 0.2.1: a line opening with 笫 (mistyped for 第) and the number of an article, chapter, section or book is one.
 * 0.2.2: a 中华人民共和国…办法 is no law; under a title headed by a place, head lines of the national congress alone tell
 * the making of another text and are left out (tier, level and dates then come from the title and the file).
 * 0.2.3: a statute revised by decree bears the latest decree's number and is published on its day; a history in brackets
 * under a title copied from the web is one event per act, and no citations; a note in a responsibility bracket (适用范围：…)
 * is no agency and stays in the text.
 * 0.2.4: a citation's issuer before the 《》 (国务院《物业管理条例》) also gives the citation its jurisdiction, and is read
 * only after the clause's verb (依照省人民政府《…》 → 山东省人民政府, not a place 依照省).
 * 0.2.5: a Markdown post (front matter, inline HTML, `:::` boxes) is read as Markdown, titled by its front matter, its
 * entities decoded; 第1~20条 (a range) opens no article. A table of contents (目录, or a run of headings the text
 * repeats) gives no parts, also in the general reader and when lines precede its 目录. Articles run together on one
 * line (…。 第二条 …) are cut apart where the numbers follow in sequence, their paragraphs at the spaces after a full stop.
 * 0.2.5: the new wording a decision quotes (修改为：“…《…》…”) is not cited by it; a title written with 《》 in one place and
 * 〈〉 in another is the document's own.
 * 0.2.5: a place the map does not know read off words run into one it knows (会议通过内蒙古自治区) is the known place;
 * a 规定, 办法 or 细则 promulgated by decree (…人民政府令第163号) has its level in the general reader too; the statute
 * reader finds a statute in a page copied from a law site (title before the making lines, furniture set apart,
 * announcement, labels), and reads one act of a head line broken in two.
 * 0.2.5: issuing notices written without 关于 (X印发Y的通知, X转发Y的通知, a portal's headline X印发Y) and wholly in 《》 are
 * unwrapped as 关于印发 notices are; their title keys agree. A title line opening with its bracketed note ((2018—2020年)的通知)
 * is joined; a number in brackets alone on its line or closing the title's line is the document's own. The issued
 * document's heading gives its title its words; the document named in other words (关于…的) or as the notice issues it
 * is no citation; (此件主动公开) is a closing line. A red header (湖南省人民政府办公厅文件) names the issuer, never the title;
 * „2009‟ reads as 〔2009〕 in numbers. An issuer or approver named by its level alone (自治区人民政府) tells the tier when no
 * place does, and its general office is 办公厅. 您现在的位置:… is debris; 归档时间:… a page's line, never the title.
 * 0.2.6: more page furniture is debris (您现在的位置 / 您当前的位置 breadcrumbs, account prompts, a portal's sections,
 * table borders, the core-values banner, page widgets); one spam word in a sentence of the text is no spam; a
 * portal's own fields (发布机构, 生成日期, 废止时间, 名称, bar-separated and bulleted tables) are read as such, and a
 * portal's 发文日期 yields to the signature's date; a .txt holding a page's markup is read as a page; injected pinyin
 * without tone marks (桂(gui)) is removed; joint issuers signed on one line are named A、B; damaged dates of
 * writing (20151214) and numbers (南兴府办函〔202058) are read when one reading exists, and named either way; a
 * number's code yields to a signature naming a place inside the place the code names; a site's summary above its
 * copy (导读:, 简介:) is page metadata.
 * 0.2.7: one title cited with two numbers, or by issuers of two places (国务院《关于…》 and 省政府《关于…》), is two citations.
 * 0.2.7: the responsibility bracket closing each numbered item counts for its article (lead and cooperating, rolled up)
 * and leaves the item's text; 参加/配合 after 牵头 names cooperating agencies; 排在第一位的部门为牵头部门 is the rule too.
 * 0.2.7: organs signing together (on consecutive lines, parted by spaces, or written together) are each an issuer;
 * an approval by 市委、市人民政府 names two approvers; 中共…委, 市委, 自治区党委 resolve to the place's Party committee.
 * 0.2.7: a place written after its parent (南宁市兴宁区人民政府办公室) is the child place, not an unlisted 南宁市兴宁区; 经…同意
 * in a notice names the approver as 已经…同意 does; 市 in a text of a municipality of provincial rank is that municipality.
 * 0.2.7: targets need a number: 一 before a measure word (走出一条…之路) is none, a bare 万/千 only after 超/突破…
 * (超万亿元 = 10000 亿元, not 0); 10万个 is 100000 个; a note in brackets (2000万亩(次)以上) keeps the qualifier.
 * 0.2.7: a level word right before a citation (依照本省《…条例》) gives it that level of the document's place.
 * 0.2.7: a page of questions and answers (Q:/A:, 问:/答:, 一问一答) is the interpretation of the document it
 * is about, titled 《…》问答, each question an article (headed by it, its answer the text); a text saying 我县/全县
 * and naming one county is that county's before a place inside its title; 文件: before a title is a label; a
 * column's name (政府信息公开) above an organ's 关于… title, or one ending in 文件 run into it, is no title. A short line of one spam word naming no document or organ (东风彩票注册) is spam; spam
 * words in the title or the issuer are named (SPAM_IN_TITLE), the line kept. A site's banner naming no act of an organ
 * (山东省财政厅大学生创业引领计划) yields to a later organ's 关于…, 转发… or 印发… title. A table of page fields copied with
 * spaces for borders (组配分类 政策文件 发布机构 县府办, 文号 平政办〔2021〕80号, 其他信息) is read as page fields. The
 * document a notice issues as 《X》已经…审议通过 is no citation; its heading under its issuer's name is no extra title.
 * 0.2.7: 以下简称《X》 inside the number's bracket ((国办发〔2018〕123号,以下简称《意见》)) defines X as the cited title; a
 * title that is only a genre word (《意见》, 本《条例》) and no defined short title is no citation by itself.
 * 0.2.7: a number that lost one bracket (国办发〔2018118号) is read, the year its first four digits; a conjunction before
 * a citation's issuer (和常德市人民政府办公室《…》) is no part of it.
 * 0.2.7: past a text's first article, 依照/根据《X》 is based_on only in an enacting clause (…制定本…); 依照《X》的规定执行
 * in a later article cites X.
 * 0.2.7: a 《title》 broken across two lines by a copy's wrapping (根据国务院《 / 野生药材资源保护管理条例》) is cited.
 * 0.2.8: rules laid out as a statute (chapters, an adoption line) whose chapters hold paragraphs numbered 一、 and no
 * 第X条 have those paragraphs for articles (国务院工作规则 2013 had none).
 * 0.2.8: a column's word above a title that opens with a place (调查研究 / 安庆市人民政府工作规则) is no part of the title.
 * 0.2.8: a law site's fields in brackets (【颁布文号】:国发[2018]21号, 【颁布单位】, 【颁布时间】, 【执行时间】) are page fields;
 * its headline's words around the title (2019最新…全文) are left out of it.
 * 0.2.8: a line of the page's date before its labels (2017-08-07 来源:本站 | 阅读量:3126) is page metadata, the date
 * this copy's publication, and the page's counters (阅读量, 浏览次数, 查看次数, …) are its fields: never a title.
 * 0.2.8: a province's short code and 府 (新府, 苏府) is a city's or county's number and names no province, unless the
 * province numbers its own so (粤府, 川府, 黔府, 沪府, 渝府, 赣府, 琼府); a number's code that every place the text names
 * (issuer, title, the places and numbers of the documents it cites) contradicts decides no place; a text saying 我县 is
 * a county's when nothing else tells its tier.
 * 0.2.8: a page's bulleted field (- 信息来源:市政府, 基本介绍•中文名:…) is metadata, never the title; '?' standing for
 * spaces a copy lost (??????泰州市人民政府) is indentation; a site's name and slogan on their own line
 * (法搜网--中国法律信息搜索网) is debris, never joined to the title; a decree's number in brackets under its head
 * (杭州市人民政府令 / (第79号)) is the number; a site's edition note after the title (《X》2016年修订版(全文), X(全文内容))
 * is no part of it.
 * 0.2.8: a 条例 announced and signed by a congress's standing committee (黑龙江省…公告第45号) has its level in the general
 * reader too; a site's category (新疆自治区条例) over a chapter's page yields to the statute its heading names
 * (新疆维吾尔自治区环境保护条例的第一章 总则).
 * 0.2.8: marks a mirror injects between words (第@@十三@@届) are removed (INJECTED_MARKS_REMOVED); a head with no title
 * line but a statute's announcement (《X》已由…通过,现…公布) is titled X; NO_STRUCTURE names a line holding 第一条 and
 * 第二条 after other words (a page run into one line).
 * 0.2.8: a site's tag of a topic and a genre (档案通知) yields to an organ's notice below; a text numbered only 1. 2. (its
 * 一、 headings lost in copying) has those sentences for articles, from 1. on (not a list of attachments' titles).
 * 0.2.9: a text that names no place in its title, number or signature is of the place it adapts its upper rules to
 * (结合官渡区实际, 特制定如下政策措施).
 * 0.2.10: a site's menu copied as short numbered lines whose numbers start again (1. 目录 / 2. 旗人民政府 / 1. …) is
 * debris; a gazette's issue line (…公报2019年1-3期(总第52期)) is the page's, never the title; a bulleted field without
 * its colon (• 发布机构发改委, • 文    号) or with a portal's own label (• 附 加 码:) and 名称: amid a page's fields are
 * page fields; a column's name (政府信息公开) is never joined to an organ's 关于… title under it; a section 自治区文件 is
 * debris, as is a portal's header of names parted by spaced dashes (重庆市政府网 - 信息公开 - …); the issued text named in 《》 on a line of its own is no other wording of its title; a notice issuing several
 * texts (印发《A》《B》的通知) wraps the one whose heading follows it, else it is the document.
 * 0.2.11: a law site's field in 【】 needs no colon (【发布文号】新政发[1994]103号), a label no list holds is one among the
 * site's other fields, and a value of dashes (-----------) is none; a news item's lead (近日,X印发了《Y》…《Y》全文如下)
 * titles the text it prints, X its issuers (TITLE_FROM_NEWS_LEAD); a 《title》 broken by a line end across blank lines is
 * cited, unless it is the document's own heading typeset over lines.
 * 0.2.12: a statute with no line opening an article, its chapters and articles run together inside lines (第一章总则第一条
 * 为了…。第二条…, glued or spaced), is cut at them where the numbers follow in sequence at a sentence's end or after the next
 * chapter's heading, never at a reference (依照本条例第三条, 第二条规定的); one whose 第一条 and 第二条 still stand inside a
 * line with no article read is refused (ARTICLES_NOT_READ), never stored as a statute without articles.
 * 0.2.13: 信息分类名称 is a portal's label: the index number before it on its line ends there.
 * 0.2.14: an organ's name over its 关于… title (中国人民银行, 中共中央, 中华全国总工会) begins it, never a column; only a
 * text naming itself (本条例, 本办法 …) with no line opening a part has its run-in articles cut; a plan's outline
 * (1. / 1.1) is no site menu.
 * 0.2.15: a statute's title printed over lines (a place alone / 自治条例, …关于修改 / 《…》的决定 across a blank line) is
 * one title. A local standing committee's approval (…常务委员会…批准) makes it no issuer and yields its place to the one
 * the text calls its own (…自治县(以下简称自治县), 本自治县, the title's). An announcement hard-wrapped over lines is read whole,
 * and one naming the title with ASCII marks for the nested 〈〉 (《…关于修改<…>的决定》) is the statute's. A
 * statute naming itself with a qualifier (特制定本工作条例) has its run-in articles cut. A text with no title line is of
 * the genre it names itself by (制定本条例 → regulation, and a 条例's level).
 * 0.2.16: a notice naming 《X》 with another verb than 印发 (关于修订《X》的通知, 关于《X》公开征求意见的公告) or issuing
 * 《A》等四项… wraps the text whose heading follows it; 主动公开 at the head is a marker; 印发X的通知 without its issuer still
 * issues X; the typeset title beats a page's differing 标题, and the wording naming the issuer a headline without it; a
 * site's bare (2011) after the title is left out; cited titles have their nested 〈〉 as 《》, and one whose 《 was lost
 * is read from the clause's verb to its 》.
 * 0.2.17: a province's short code and 市 (赣市府办字) is the number of the province's one city named so (赣州市), never
 * the province's. A date of writing run together (2015917) is read when its digits mean one day even if a digit was
 * lost with 年月日 (20150917 is the same day); 202091 (9月1日 or 9月1X日) stays unread. A page's fields set on one line
 * parted by spaces alone (来源:… 日期:2017-01-12 17:08) are each read, 日期 and 时间 beside others dating the copy, and a
 * date typeset 2016- 07- 04 is one. A heading of short clauses (提高认识,抓好落实) alone on its line over its body is the
 * part's or article's heading, though it holds a comma. A caption in round brackets after 第X条 (第一条（立法目的）) is the
 * article's heading, as one in 【】 was.
 * 0.2.18: a file holding one book of a code (# 中华人民共和国民法典, then # 合同编, 总则 or 附则) says so (`book`); its
 * second 分编 replaces the first in its chapters' book (物权编 第二分编 所有权, not …第一分编 通则 第二分编 所有权).
 * 0.2.19: a decimal outline (1 总则 / 1.1 编制目的 / 1.2 … / 2 组织体系, N.M.K below), as emergency plans number
 * themselves, is the text's structure: N.M are its articles, the line opening each N its part.
 * 0.2.21: an aggregator's record run into one line (title, 制定机关: … 施行日期: … 题注: (…), then the text) is read a
 * line per field, its teaser line left out and an editor's note (编者注:…) on a later version no step of this one; a
 * title broken over lines with a blank line between its pieces is joined across each, a cut copy above no piece; a
 * listing's category (深圳市相关条例) titles nothing; an autonomous place's short name (凉山州) is its full one; a value
 * before its label in brackets (19870702(颁布时间)) is a field; a short decree form (粤府令) is a local government rule
 * by that place's 人民政府; a revising decision cites the text its title names.
 * 0.2.23: a saved page's <head> (47号 ArticleTitle, <title> without the site's name) tells which visible line is the
 * title: the site's header above it and the footer from the article's closing bar are left out; accessibility links
 * and a clock with its weekday are debris; a byline with a 调查队, a sign-off and a date in brackets are read; sections
 * numbered 01, 02, … run into their headings (01综合) are articles.
 * 0.2.22: plan pages: a portal's table row with a label of its own (公开类型:) is still fields, and its 名称 naming the
 * notice that transmits the typeset title is the notice title; menu bars parted by spaces, elder-mode links and a
 * column tag in 【】 before the title are furniture; a document site's headline ((省)…(2022年更新)) yields to the typeset
 * title; news reports of a document (X近日下发《Y》, then 方案明确) are read as it; joint issuers a title parts by spaces
 * stay apart; a spaced row with later coloned labels (文号 X 成文日期: …) is fields; responsibility brackets naming 省
 * organs alone make a province's text; 第X节 under 第X章 are articles; spaces around figures in 《》 are closed up.
 * 0.2.25: a statute's title typeset over lines parted by blank lines is joined where a piece cannot stand alone: one
 * opening with words no title opens with (等五件…的决定) goes on the piece above, an organ alone opens its 关于…. A
 * decree numbered by year (政府令〔2010〕第15号) is a decree: a 规定 or 办法 under it is a government's rule. An
 * announcement publishing a revised text as 现将修订后的《X》公布 is read as 现予公布 is (its day of effect, its signature).
 * A head note whose closing bracket has the first chapter's heading run into it (…通过)第一章 总则) is cut there: the
 * note is read (over the lines it was broken into) and the chapter is a part.
 * 0.2.20: targets take the year their plan sets (a title's or opening's 2025年, a part's or heading's, an earlier line's
 * 到2025年 in the same text), 2025年年底前, 今年 (the year written, if known) and 十四五 (2025); with no year a target is
 * read only where a verb sets it (力争…突破800万标箱), never in a statute, a grant's terms or a report of results; base
 * figures (a past year's level, 现有) are none; 岁, 斤, 标箱 and 人次 are units; a range is its lower end.
 * 0.2.26: held-out plan pages: a news report is read as the plan it reports in more of the forms reports write (a
 * headline of the report's own words, X日前制定了《Y》, a lead set in short lines, 印发《Y》,明确了…, 《纲要》还明确), its
 * joint issuers named by level alone named in full, and a report naming it by genre alone (《方案》提出) is of that kind;
 * a notice 下达 a year's plan issues it; a notice dividing a text's work (关于分解落实《X》的通知) and the division it
 * issues are one document; a text without a title is of the genre its preamble puts forward (现提出以下意见, 制定本方案);
 * responsibility brackets carry a 、-list's 省, name a province in full (国家开发银行云南省分行) or are cut open at the end;
 * older and city organ names (地税局, 城管执法委 …) and national banks' branches are known; 各州、市人民政府 is one
 * collective; a text speaking of its 省 organs and naming one province alone is that province's; 1、 2、 3、 headings over
 * paragraphs are articles, three-figure items (116.) are items; X人民政府2023年… names its issuer; two clauses over 一是
 * are a heading; a site's 不良信息举报/广告刊例 links are debris.
 * 0.2.27: characters simplified text writes too (乾 of 乾县, 噁 of 二噁英) are converted only in a traditional line.
 * 0.2.32: held-out HTML pages: a table row above the title is the field table's only when a cell carries a field's
 * label (a breadcrumb set as a table is the site's); the head's title is found over the lines an <h1> breaks it into,
 * and the line it names is the title whatever survived above it; a line of organs parted by spaces is a joint
 * signature, and no title is joined across a date line; an attachment's title broken over lines is joined, and a link
 * to download a file is no text of it; a font-size bar with its sizes in brackets is debris.
 * 0.2.30: held-out policy and statute titles: a Chinese-numeral year with Arabic month and day (二O一一年5月16日) is a
 * date; a notice issuing A等办法 without 《》 issues several texts, A's heading naming the document; a title line ending
 * inside a cited title (…征求《A办法》) or in 制度 goes on, a line whose last 《 is open is unfinished, and the kind is the
 * genre ending the whole title outside 《》; nested titles typed < > or ‹ › read as 〈〉 (cited with 《》); a heading's
 * last clause may run to 20 characters; a decision promulgated by decree has its decree's level; 本补充规定 and
 * 本变通规定 name a local regulation's genre; a Latin-only line is no title; run-together edition notes ((最新版本全文))
 * leave the title, and a record label starts at a label boundary (法律效力位阶:).
 * 0.2.33: a national body's office named for its place (国家税务总局陇南市税务局, 国家统计局江西调查总队) is that place's,
 * its name as written; an unknown 国家… body keeps its name (国家 was expanded to 中华人民共和国).
 * 0.2.31: an organ named by its level alone (市政府关于…) is the organ of the place the page's 来源/发布机构 names, when
 * one place of that level; two organs' names written together are no unlisted place (云南省财政厅云南省…); an unlisted 市
 * addressing towns is county-level; with no place named, the addressees' level, else the area the text calls its own
 * most (本省, 我州, 全县), else its 市政府规章 under a province, tell the tier.
 * 0.2.29: held-out policy pages: a page's fields behind `- ` bullets are read (- 名 称:…), a posting stamp without a
 * label (• 2020-11-13 14:42, 2015-11-10 01:51:51信息来源:) is publishedOn, a labelled date outweighing it. A page run
 * into one line (a number and the addressees among its spaced pieces) is cut into its lines, a field label run into
 * the title apart; a number opening the addressees (汕府办[2015]29号各县…:) and a date before the issued title
 * (2020年10月9日 某办法) stand on lines of their own. A footer's address and telephone, a site's reading prompt
 * (论文部分内容阅读) and 责编: are furniture wherever they stand; a line giving a telephone number joins no title.
 * 0.2.34: the held-out portal pages' fixes (0.2.29 above) together with those of 0.2.31 and 0.2.33.
 * 0.2.28: held-out statutes 3, the statute framing: a head note's steps printed without dates (…第二十八次会议通过 …批准)
 * are steps, so a statute title over such a head wins over a site's banner above it; a site's bare year tag (2020) is no
 * part of a title. An announcement's sentence under the title (《X》已由…通过,…现予公布), also one a copy broke over
 * lines with blank lines between, names the statute and is read clause by clause (adoption, approval); a piece of a
 * sentence (…批准,现予) is never a title. A province's resolution approving a text (关于批准《X》的决议) printed over X is
 * the page's furniture: the page is X, the resolution telling its approval when X's head does not. A site's links
 * parted by | over a document are no piece of its title; a page title's site suffix (…条例-地方人大法律) is no part of
 * the statute's.
 * 0.2.35: the held-out statute pages' framing (0.2.28 above) merged over 0.2.34.
 * 0.2.36: a page field's value ends where a label the portal alone uses begins (…/2018-1220012 公文目录:应急管理), and
 * 信息索取号 is the index number; the page's stamp run into 编辑: is its posting; a column's name before 丨 or | is no
 * part of the title; a title's genre set alone under it (…施工的 / 通     告) ends it; a number naming a district's
 * government by level alone (区府办字) is that district's, named bare in the text (章贡分赛区 → 章贡区), not the title's province;
 * a date of writing of spaced digits ({ 2017 6 23) is read; the signature naming the title head's organ is the issuer.
 * 0.2.37: held-out statutes 4: a chapter list with no article under it anywhere (an amending decision printed under the
 * amended statute's chapters) is a table of contents, no parts; a site's 附:修正本 after a title, a book's item number
 * ((一)) before it and a chapter name (总则) run into it are no part of the title. A label of two fields (失效/废止日期:),
 * date fields run together and a title run into its head note are read apart; a decree of the 市人民政府 and an organ the text defines by level alone (省人民代表大会(以下简称…)) tell the tier.
 * 0.2.38: review mends: a run-together page is told near the line's start only, and numbered lines are never cut as
 * titles with fields; 全 of 健全/安全 and 各市级/各市场 tell no level; a cited city decree or a text's own 县政府 makes no
 * city's text; a 补充规定 is a local regulation only in an autonomous place's text; a notice's own address line stays;
 * a red header is read without nested repetition (a forty-organ signature hung); 乾 of a place stays in traditional lines.
 * 0.2.39: a row of an attachment's table, its cells apart by tabs (a Word table's row), is no line of the attachment's
 * title. Files that are no plain text are opened: a page saved as one file (MHTML), a Word file (.docx, .doc); an OFD
 * or OpenDocument file, or another archive, is refused saying what to do.
 * 0.2.40: review mends of the file readers: a saved page's frames are no part of it; a PDF's measure closing its brackets
 * at the margin ends before the next item, and a number alone on its line joins no title; RTF, Word 2003 XML and other
 * Office packages are told by their bytes; a file that would unpack or read past the limit is refused; a justified
 * line's spread characters (全 年 规 模) are closed up.
 * 0.2.41: targets of real plans: the year a five-year plan's title, an opening's 收官之年, an undated report's 2024年主要工作
 * 安排 heading or a place's 2025年,…全市要 gives; reviews (2024年工作回顾) and a bulletin's 到2015年底 report results; a
 * notice's attachments hold targets; a page's list after its first sentence is text; counts in scope, a class's
 * threshold, a list's own count and names in quotes are none; more units and verbs. Parts whose numbering restarts are
 * numbered in document order. A news report's place is the one whose congress sits or whose head delivers the report;
 * a photographer's credit and a lost picture's caption are debris; a news lead after a paper's dateline, a document
 * that came out (《Y》正式发布) and a headline 《Y》印发 name the plan reported on.
 * 0.2.42: blind sets 5 and 7 and the held-out plans: a notice whose 附件 is the document it issues reads it as its text;
 * a text whose title a copy lost is of the genre its body acts as (现将…印发给你们, 解读如下, 通告如下), and an untitled
 * interpretation interprets what its first sentence names; page furniture (Original URL, >> breadcrumbs, a forum's picture
 * bar, a site's file name's extension, a headline saying an organ issued a notice, a news page's words down to 全文如下)
 * is no title; a decree run into one line, a ministry's decree numbered within its year, a signature with its seal mark
 * or its date on one line, a head note broken inside words are read; a township is of the county tier; a text addressing
 * the provinces as a class is national; a report nothing else places is of the place it names most, of its own level; a
 * list of decimal sections its text repeats is a table of contents; a lone table border is found by counting, not by a
 * lookbehind (a 200 KB one-line page: 6.0 s → 1.3 s).
 * 0.2.43: agencies of real pages (govcn's, blind set 8): a national text's short forms are the bodies in full
 * (发展改革委, 人民银行, 外汇局, 国资委, 中央宣传部; an office of one, 中央军委办公厅), a statute's 中央军委 too; a body renamed
 * later keeps the name of its day (农业部, 交通部, 文化部); a place's 税务局 is 国家税务总局's office there; every
 * responsibility bracket closing a sentence is read, and lines of their own (牵头责任单位:, 部门分工:…牵头,…配合); 等和,
 * 会同, 按职责分工, 指导 and 等有关部门和单位 in a duty; an approval at a text's opening (经国务院同意, 经党中央、国务院同意, 报经
 * 国务院批准) or by meetings (区政府常务会、区委常委会审议通过) names organs, not meetings, dates or leaders; 州政府 is the
 * prefecture's; a portal's links kept as a list are furniture, and a 名称 field heading the others is one. Review mends:
 * an approval is the text's only when the text goes on to what it does or a consent closes its clause; a bracket inside
 * a paragraph only when it names duties, never examples or members; 指导 and 负责 both lead, 会同 cooperates; organs as a
 * class (有关部门, 成员单位) and labels defined are no organs; a district's 税务局 is named with its city.
 * 0.2.44: the heads of real pages (blind sets 5–10): a browser's headline ending in the site's name, a site's short
 * headline (市政府关于…, 甘谷县关于…), a news headline saying an organ put out a document and a place's tag (北京:) yield
 * to the document's own title; a notice kept without its title is the one 《X》 it issues; a notice making a list public
 * is the document; organs before a forwarded text, and a text issued again as revised with its annex, are no words of
 * its title; a heading naming its makers is the title; a Word text flattened into one line, and a notice run together
 * with no space, are cut into their lines; '?' saved for lost spaces is none; autonomous places written without their
 * peoples (湘西州) are known, and a short name run into a level it lacks (贵州市) is no place; a number whose code begins
 * its place's name and says 政发 or 府办 names the government or its office; each organ of a signature block signs; a
 * portal's 发文机关 naming the office of the title's organ is who posted it; 政策清单, 任务分工, 目标任务, a text with its
 * annex and 解读之一 kinds; a copy's stamp ending every line, a site's counter after a headline, a gazette's imprint, a
 * field in brackets and a signature's date that lost its 日 are read. Review mends: a list, not a text, made public stays
 * the notice; a short name runs into a level only before a government's words; 河南县 is no alias.
 * 0.2.45: tables of duties (任务分工, 目标任务分解表; blind sets 8 and 9): a table whose header names a duty column (牵头单位,
 * 责任单位, 配合单位, 牵头负责部门) gives each row's organs, one cell a line, cells apart by tabs or bars, or a row a line
 * under a header spaced out letter by letter; a lead marked ★ leads and the others of its cell cooperate; the organs go
 * to the article the row stands in, and a text or attachment with no numbered text of its own has the rows for its
 * articles; an attachment's own responsibility brackets are read too; 人力社保局 and 经济信息委 are known short forms,
 * 海关 ends an organ's name and a customs office keeps its own city (吴江海关). A duty table needs a task column (and, one
 * cell a line, 序号 first), organ cells without figures naming a place or a known organ, and ends at the signature or
 * 版记. Records and head notes (blind sets 17 and 18): a portal's record one label and one value a line, empty fields as
 * labels alone, square-bracket labels, 是否有效 and 公开形式; a date among a record's fields closes no document; a site's
 * banner, a greeting naming the site, a bar of bracketed buttons and a picture's file name are the page's; a headline
 * cut short or naming one of joint issuers yields to the typeset title; a listed attachment titled after the date
 * without its label starts there; 印发实施 in a paper's note over a text printed in full; 支队/大队/总队 sign; a
 * statute's step broken over two lines, its date damaged or not, anchors and joins whole.
 * 0.2.46: blind set 16's pages: a mirror's reader widgets and login box (打赏方式, 微信支付, ×, 关注公众号完成登录) are
 * furniture, for the statute reader too; a record's labels run into their values after a spaced label (索 引 号000…,
 * 发布机关生态环境部, 分类), a lone 名称 over the title heading the record, a row of letter-spaced labels with an empty
 * cell, an index number alone or beside a date, 公开发布日期 and 开始实施时间; a date in digits over the text (2024.1.26)
 * is the page's posting, not the date of writing; a congress's announcement names the text when no line is its title
 * (a head note in brackets is no title line, an announcement's heading none either), is read told date first and with a
 * full stop before 现予公布, titles nesting 《》 in 〈〉, and its date is the text's 公布; a title opening with 贯彻落实
 * names no issuer; 第十壹届 is an ordinal. Blind sets 19 and 20: a forum's anti-copy filler and an indent turned into
 * question marks are taken off lines; an advertisement before 关于 is no issuer; a province's short code names its one
 * city so named when the text cites only another province; a ministry's 司 signs; a bureau posting another place's
 * text is not its issuer, an interpretation's source organ is; 政策原文 names what an interpretation explains; a notice
 * sending out a 名单 is the document; 制定了《X》,现印发你们 issues X; the imprint's printing line is the closing's; (2016版)
 * belongs to the title; a cut title's kind comes from the text; 任务清单 is a plan; citation titles lose print-break
 * spaces; traditional 著 reads 着 where simplified text writes 着. Blind set 22: 公告YYYY年第N号 is a number, its text a
 * 公告; a joint decree is one number of two issuers; a bulleted list of departments before the text is navigation. The
 * review's edges (68 hostile texts): the filler's tokens, question-mark indents, spam before 关于, 著's words, 政策原文,
 * free fields, empty cells, index codes, congress 公告 headings, code cities, source organs, a law's year edition.
 * Blind set 23: question marks for lost full-width spaces inside labels (索??引??号); a headline the page repeats yields
 * to the typeset title; a 指挥部 is no ministry.
 */
export const PARSER_VERSION = 'parse-0.2.46';
