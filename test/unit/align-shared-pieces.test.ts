// Evidence of a source is what the two articles share, not an alignment's span across what they do not (tester D,
// /tmp/explore-d, defect 6): 江门市扬尘污染防治条例 (2021) 第十一条 against 广东省大气污染防治条例 (2018) 第五十二条 (GitHub
// Fungwingwaa/cee docs/posts/P3/jmsycwrfztl.md and gdsdqwrfztl.md @4298737c) was one span «制定具体的施工扬尘污染防治实施
// 方案，建立扬尘污染防治工作台账，落实扬尘污染防治措施。扬尘污染防治», which the province's article does not contain.
import { describe, expect, test } from 'vitest';
import { createSourceIndex, rankSources, type AlignDocument } from '../../align/index.ts';
import { prepareArticles } from '../../align/prepare-articles.ts';
import { sharedPieces } from '../../align/score-pair.ts';

const JIANGMEN_11 =
  '施工单位应当制定具体的施工扬尘污染防治实施方案，建立扬尘污染防治工作台账，落实扬尘污染防治措施。\n扬尘污染防治费用应当专款专用，不得挪作他用。';
const GUANGDONG_52 =
  '建设单位应当履行下列职责：\n（一）将扬尘污染防治费用列入工程造价，实行单列支付。在招标文件中要求投标人制定施工现场扬尘污染防治措施。在施工承包合同中明确施工单位的扬尘污染防治责任；\n（二）将扬尘污染防治内容纳入工程监理合同；\n（三）监督施工单位按照合同落实扬尘污染防治措施，监督监理单位按照合同落实扬尘污染防治监理责任。';

const fold = (text: string) => text.replace(/[\s，。；：、（）]/g, '');

describe('shared pieces of two articles', () => {
  test('each piece is text both articles contain; no piece reaches across a gap', () => {
    const [lower, upper] = prepareArticles([
      { docKey: 'jiangmen', heading: '', text: JIANGMEN_11 },
      { docKey: 'guangdong', heading: '', text: GUANGDONG_52 },
    ]);
    const pieces = sharedPieces(lower!, upper!);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(fold(p.lowerText)).toBe(fold(p.upperText));
      expect(fold(GUANGDONG_52)).toContain(fold(p.lowerText));
      expect(lower!.raw.slice(p.lowerStart, p.lowerEnd)).toBe(p.lowerText);
    }
    expect(pieces.map((p) => p.lowerText)).toContain('扬尘污染防治');
  });

  test('a cited title is no piece, though both articles cite it', () => {
    const [lower, upper] = prepareArticles([
      { docKey: 'a', heading: '', text: '为促进科技成果转化，根据《中华人民共和国促进科技成果转化法》，制定本条例。' },
      { docKey: 'b', heading: '', text: '科技成果转化活动，必须遵守《中华人民共和国促进科技成果转化法》和本规定。' },
    ]);
    for (const p of sharedPieces(lower!, upper!)) expect(p.lowerText).not.toMatch(/中华人民共和国|转化法/);
  });

  test('sources give the pieces as evidence', () => {
    const doc = (file: string, tier: AlignDocument['tier'], text: string): AlignDocument => ({
      file,
      title: file,
      tier,
      kind: 'regulation',
      jurisdiction: tier === 'provincial' ? '广东省' : '江门市',
      jurisdictions: [
        { name: '江门市', parent: '广东省' },
        { name: '广东省', parent: '中华人民共和国' },
        { name: '中华人民共和国' },
      ],
      articles: [{ number: 1, path: 'a1', heading: '', text }],
    });
    const jiangmen = doc('jiangmen', 'municipal', JIANGMEN_11);
    const [first] = rankSources(
      createSourceIndex([jiangmen, doc('guangdong', 'provincial', GUANGDONG_52)]),
      { file: 'jiangmen', path: 'a1' },
      { scope: 'UPPER' },
    );
    expect(first!.file).toBe('guangdong');
    for (const e of first!.evidence) expect(fold(GUANGDONG_52)).toContain(fold(e.lowerText));
  });
});
