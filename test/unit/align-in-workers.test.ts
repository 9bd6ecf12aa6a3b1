import { describe, expect, test } from 'vitest';
import { alignDocuments, selectUpperDocuments } from '../../align/index.ts';
import { alignFingerprints } from '../../import/run/align-fingerprints.ts';
import { planGroups } from '../../align/align-documents.ts';
import { alignInWorkers, describeGroup, orderGroups } from '../../import/run/align-in-workers.ts';
import { corpusFixture, docsAlignFixture } from './align-fixtures.ts';
import type { AlignmentPair } from '../../model/index.ts';

describe('alignment on worker threads', () => {
  test('two threads give alignDocuments’ pairs: same pairs, scores, ranks, evidence and order', async () => {
    const docs = [...corpusFixture(), ...docsAlignFixture()];
    const threaded = await alignInWorkers(docs, {}, { threads: 2, minLowerArticles: 0 });
    expect(threaded.length).toBeGreaterThan(0);
    expect(threaded).toEqual(alignDocuments(docs));
  }, 60_000);

  test("a document pair scores the same aligned alone as among other documents: weights are its group's own", () => {
    const corpus = corpusFixture();
    const other = docsAlignFixture();
    const key = (p: AlignmentPair) =>
      `${p.lower.file}#${p.lower.article}>${p.upper.file}#${p.upper.article}:${p.score}`;
    // The same upper documents either way (selectUpperDocuments would look at the others too): only weights differ.
    const selection = new Map([...selectUpperDocuments(corpus), ...selectUpperDocuments(other)]);
    const together = alignDocuments([...corpus, ...other], { selection }).map(key);
    const alone = [
      ...alignDocuments(corpus, { selection: selectUpperDocuments(corpus) }),
      ...alignDocuments(other, { selection: selectUpperDocuments(other) }),
    ].map(key);
    expect(alone.length).toBeGreaterThan(20);
    expect([...together].sort()).toEqual([...alone].sort());
  });

  test('a lower document scores the same re-aligned alone (an incremental run) as in a full run beside a peer that copies its upper document', () => {
    const docs = corpusFixture();
    const upper = docs.find((d) => d.file === 'state-council-hitech-opinions.txt')!;
    // Peers of one law copy its wording; that wording must not turn into stock text for the others (engine 1.8).
    const copying = {
      ...docs.find((d) => d.file === 'guangxi-hitech-measures.txt')!,
      file: 'peer-copies-upper.txt',
      articles: upper.articles.map((a, i) => ({ ...a, path: `a${i + 1}`, number: i + 1 })),
    };
    const all = [...docs, copying];
    const selection = new Map([...selectUpperDocuments(docs), [copying.file, [upper.file]]]);
    const key = (p: AlignmentPair) =>
      `${p.lower.file}#${p.lower.article}>${p.upper.file}#${p.upper.article}:${p.score}:${p.rank}`;
    const full = alignDocuments(all, { selection }).filter((p) => p.lower.file === 'guangxi-hitech-measures.txt');
    const alone = alignDocuments(all, { selection, only: new Set(['guangxi-hitech-measures.txt']) });
    const without = alignDocuments(docs, { selection: selectUpperDocuments(docs) }).filter(
      (p) => p.lower.file === 'guangxi-hitech-measures.txt',
    );
    expect(full.length).toBeGreaterThan(5);
    expect(alone.map(key)).toEqual(full.map(key));
    expect(without.map(key)).toEqual(full.map(key));
  });

  test.each([
    ['two threads', { threads: 2, minLowerArticles: 0 }],
    ['this thread', { threads: 1 }],
  ] as const)(
    '%s: the pairs handed over group by group are the returned pairs, each once, whole documents at a time',
    async (_, threads) => {
      const docs = [...corpusFixture(), ...docsAlignFixture()];
      const handed: AlignmentPair[][] = [];
      const pairs = await alignInWorkers(docs, {}, { ...threads, onGroupPairs: (group) => handed.push(group) });
      const key = (p: AlignmentPair) => `${p.lower.file}|${p.lower.path}|${p.upper.file}|${p.upper.path}`;
      const byKey = (list: AlignmentPair[]) => [...list].sort((x, y) => (key(x) < key(y) ? -1 : 1));
      expect(handed.length).toBeGreaterThan(1);
      expect(byKey(handed.flat())).toEqual(byKey(pairs));
      // A lower document's pairs all come in one call, so it can be written as soon as that call comes.
      const callOf = new Map<string, number>();
      handed.forEach((group, call) => {
        for (const p of group) {
          expect(callOf.get(p.lower.file) ?? call).toBe(call);
          callOf.set(p.lower.file, call);
        }
      });
    },
    60_000,
  );

  test('a group whose ranking throws rejects with its lower documents named, and nothing is handed over after', async () => {
    const docs = [...corpusFixture(), ...docsAlignFixture()];
    const plan = planGroups(docs);
    let handedAfter = 0;
    let settled = false;
    // Options without scoring weights stand for any failure inside the ranking of a group (a bug, a bad article).
    const run = alignInWorkers(
      docs,
      { scoring: null as never },
      {
        threads: 2,
        minLowerArticles: 0,
        onGroupPairs: () => {
          if (settled) handedAfter += 1;
        },
      },
    ).finally(() => {
      settled = true;
    });
    const message = await run.then(
      () => '',
      (error: Error) => error.message,
    );
    const group = Number(/^alignment of group (\d+) /.exec(message)?.[1]);
    expect(message.startsWith(`alignment of ${describeGroup(plan, group)} failed: TypeError`)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(handedAfter).toBe(0);
  }, 60_000);

  test('in this thread too, a failing group is named by its lower documents', async () => {
    const docs = [...corpusFixture(), ...docsAlignFixture()];
    await expect(alignInWorkers(docs, { scoring: null as never }, { threads: 1 })).rejects.toThrow(
      /alignment of group 0 \(lower documents .+\) failed: Cannot destructure/,
    );
  });

  test('groups are handed out largest first, ties in input order, every group once', () => {
    const group = (lowers: number, uppers: number) => ({
      lowerIds: Array.from({ length: lowers }, (_, i) => i),
      upperIds: Array.from({ length: uppers }, (_, i) => i),
    });
    const groups = [group(1, 10), group(50, 300), group(40, 300), group(10, 300), group(2, 5), group(10, 300)];
    // Costs 210, 25,000, 20,000, 5,000, 410 and 5,000.
    expect(orderGroups(groups)).toEqual([1, 2, 3, 5, 4, 0]);
  });

  test('a small input (under the threshold) gives the same pairs', async () => {
    const docs = corpusFixture();
    const lowers = planGroups(docs).groups.reduce((sum, g) => sum + g.lowerIds.length, 0);
    expect(lowers).toBeLessThan(5_000);
    expect(await alignInWorkers(docs, {}, { threads: 2 })).toEqual(alignDocuments(docs));
  });
});

describe('incremental alignment', () => {
  test('only: the pairs of the named lower documents, with the scores a full run gives them', () => {
    const docs = corpusFixture();
    const all = alignDocuments(docs);
    const lowers = [...new Set(all.map((p) => p.lower.file))];
    expect(lowers.length).toBeGreaterThan(1);
    const only = alignDocuments(docs, { only: new Set([lowers[0]!]) });
    expect(only).toEqual(all.filter((p) => p.lower.file === lowers[0]));
  });

  test('a fingerprint changes with the document’s text, an upper document’s text, title or date, or the set of uppers, and only then', () => {
    const docs = [...corpusFixture(), ...docsAlignFixture()];
    const selection = selectUpperDocuments(docs);
    const [lower, uppers] = [...selection].find(([, u]) => u.length > 1)!;
    const base = alignFingerprints(docs, selection, [lower]).get(lower);
    expect(alignFingerprints(docs, selection, [lower]).get(lower)).toBe(base);
    const edit = (file: string) =>
      docs.map((d) =>
        d.file === file
          ? { ...d, articles: d.articles.map((a, i) => (i === 0 ? { ...a, text: `${a.text}。` } : a)) }
          : d,
      );
    expect(alignFingerprints(edit(lower), selection, [lower]).get(lower)).not.toBe(base);
    expect(alignFingerprints(edit(uppers[0]!), selection, [lower]).get(lower)).not.toBe(base);
    // The engine reads the upper's title and date (an article naming 预算法第十条 is paired by them): a rename counts.
    const upperAs = (change: Partial<(typeof docs)[number]>) =>
      docs.map((d) => (d.file === uppers[0] ? { ...d, ...change } : d));
    expect(alignFingerprints(upperAs({ title: '另一个标题' }), selection, [lower]).get(lower)).not.toBe(base);
    expect(alignFingerprints(upperAs({ issuedOn: '1999-01-01' }), selection, [lower]).get(lower)).not.toBe(base);
    // The lower text's own publication date picks the version of a law it names when its issue date is unknown.
    const lowerAs = docs.map((d) => (d.file === lower ? { ...d, publishedOn: '2030-01-01' } : d));
    expect(alignFingerprints(lowerAs, selection, [lower]).get(lower)).not.toBe(base);
    const fewer = new Map(selection).set(lower, uppers.slice(1));
    expect(alignFingerprints(docs, fewer, [lower]).get(lower)).not.toBe(base);
    const unrelated = docs.find((d) => d.file !== lower && !uppers.includes(d.file))!;
    expect(alignFingerprints(edit(unrelated.file), selection, [lower]).get(lower)).toBe(base);
  });
});
