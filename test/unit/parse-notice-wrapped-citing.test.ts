// A notice-wrapped document with no number line of its own, whose preamble cites its parent's number: the cited
// number is a citation (docs/domain.md §2), never the document's own (the benchmark's CONFLICTING_NUMBER case).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile, type PolicyDocument } from '../../import/index.ts';
import { readEvents } from '../../import/parse/read-events.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';

const NAME = 'guangxi-notice-wrapped-cites-parent-no-number.txt';
const PATH = fileURLToPath(new URL(`../data/docs/${NAME}`, import.meta.url));
const LAW_VERSION = '（2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议第二次修订）';

describe(`${NAME}: no number line, preamble cites 国务院《…》（国发〔2021〕4号）`, () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await readPolicyFile(PATH, { file: NAME });
  });

  test("the document has no number: neither the cited parent's nor any other", () => {
    expect(d.docNumber).toBeUndefined();
    expect(d.docNumberOriginal).toBeUndefined();
    expect(d).toMatchObject({
      title: '广西壮族自治区关于支持产学研深度融合的若干政策',
      noticeTitle: '广西壮族自治区人民政府办公厅关于印发《广西壮族自治区关于支持产学研深度融合的若干政策》的通知',
      issuer: '广西壮族自治区人民政府办公厅',
      jurisdiction: '广西壮族自治区',
      tier: 'provincial',
      issuedOn: '2023-06-11',
      effectiveOn: '2023-06-11',
    });
    expect(d.issues).toEqual([]);
  });

  test("the parent's number is a citation typed implements, with its issuer; the law's version stays on the law", () => {
    expect(
      d.citations.map(({ title, docNumber, issuer, relation, line, citedVersion }) => ({
        title,
        docNumber,
        issuer,
        relation,
        line,
        citedVersion,
      })),
    ).toEqual([
      {
        title: '中华人民共和国科学技术进步法',
        docNumber: undefined,
        issuer: undefined,
        relation: 'based_on',
        line: 12,
        citedVersion: { date: '2021-12-24', text: LAW_VERSION },
      },
      {
        title: '关于支持产学研深度融合的若干政策',
        docNumber: '国发〔2021〕4号',
        issuer: '国务院',
        relation: 'implements',
        line: 12,
        citedVersion: undefined,
      },
      {
        title: '湖北省关于促进产学研深度融合的若干措施',
        docNumber: '鄂政办发〔2021〕3号',
        issuer: undefined,
        relation: 'cites',
        line: 18,
        citedVersion: undefined,
      },
    ]);
  });

  test("events: the notice's approval and the date of effect, no revision read off the cited law", () => {
    expect(d.events.map(({ kind, start, bodies, line }) => ({ kind, start, bodies, line }))).toEqual([
      { kind: 'approval', start: undefined, bodies: ['自治区人民政府'], line: 4 },
      { kind: 'effect', start: '2023-06-11', bodies: undefined, line: 20 },
    ]);
  });
});

describe("where a document number counts as the document's own", () => {
  const text = readFileSync(PATH, 'utf8');
  const lines = text.split('\n');
  const withLine = (at: number, line: string): string => [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');

  test("a number on its own line under the notice title is the document's, and the cited one stays a citation", () => {
    const d = parsePolicyText(withLine(1, '桂政办发〔2023〕12号'), { file: 'numbered.txt' });
    expect([d.docNumber, d.docNumberOriginal]).toEqual(['桂政办发〔2023〕12号', '桂政办发〔2023〕12号']);
    expect(d.citations.map((c) => c.docNumber)).toEqual([undefined, '国发〔2021〕4号', '鄂政办发〔2021〕3号']);
  });

  test('a 《title》（number） line standing in the head is a citation, not the number line', () => {
    const d = parsePolicyText(withLine(1, '《国务院关于支持产学研深度融合的若干政策》（国发〔2021〕4号）'), {
      file: 'cited-line.txt',
    });
    expect(d.docNumber).toBeUndefined();
    expect(d.citations.filter((c) => c.docNumber === '国发〔2021〕4号').map((c) => c.line)).toEqual([2]);
  });

  test("the number in the notice body's 为贯彻落实《…》（国发〔2021〕4号） is a citation too", () => {
    const cited =
      '为贯彻落实《国务院关于支持产学研深度融合的若干政策》（国发〔2021〕4号）精神，《广西壮族自治区关于支持产学研深度融合的若干政策》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。';
    const d = parsePolicyText(lines.map((l, i) => (i === 3 ? cited : l)).join('\n'), { file: 'notice-cites.txt' });
    expect(d.docNumber).toBeUndefined();
    expect(d.citations.find((c) => c.docNumber === '国发〔2021〕4号')).toMatchObject({
      relation: 'implements',
      line: 4,
    });
  });
});

describe('revision notes', () => {
  test("a note standing alone (a law's own head) is a revision event of the text", () => {
    const events = readEvents(toSourceLines(`中华人民共和国科学技术进步法\n${LAW_VERSION}`), { narrative: false });
    expect(events.map(({ kind, start, bodies, line }) => ({ kind, start, bodies, line }))).toEqual([
      { kind: 'revision', start: '2021-12-24', bodies: ['第十三届全国人民代表大会常务委员会第三十二次会议'], line: 2 },
    ]);
  });

  test('the same note right after a cited 《title》 is no event of the citing text', () => {
    expect(
      readEvents(toSourceLines(`根据《中华人民共和国科学技术进步法》${LAW_VERSION}，制定本办法。`), {
        narrative: false,
      }),
    ).toEqual([]);
  });
});
