/**
 * Viewer overview of a real corpus: the lawrefbook folder (2,822 laws and regulations) read into the shape the
 * `policyOverview` query answers (documents with article counts, grouped by authority level × tier × jurisdiction),
 * then drawn by the viewer's bench page (window.runOverviewBench) in headless Chromium: first render and pan frame
 * time, grouped (what the viewer shows by default: more than 300 documents) and ungrouped (every document a node).
 * The answer is built from the files here, not read from Neo4j: the importer on main does not read Markdown yet.
 * Example: await measureViewerOverview() → { documents: 2822, grouped: { firstRenderMs: 90, … }, all: { … } }.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../load-piece.ts';
import { MissingPieceError } from '../measure-result.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { roundAll, withBenchPage } from './measure-viewer-page.ts';
const ARTICLE = /^第[一二三四五六七八九十百千零〇]+条/;

const LEVELS: Record<string, string> = {
  宪法: 'constitution',
  行政法规: 'administrative_regulation',
  部门规章: 'departmental_rule',
  司法解释: 'judicial_interpretation',
};

interface CorpusDocument {
  id: string;
  title: string;
  tier: string;
  authorityLevel: string;
  jurisdiction: string | null;
  issuedOn: string | null;
  articleCount: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') && name !== '_index.md' ? [path] : [];
  });
}

/** Reads the lawrefbook folder into overview documents (title from the `# ` line, articles from 第…条 lines). */
export function readLawrefbook(root: string): CorpusDocument[] {
  return walk(root).map((path) => {
    const rel = relative(root, path);
    const top = rel.split('/')[0]!;
    const text = readFileSync(path, 'utf8');
    const title = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? rel;
    const local = top === 'DLC';
    const place = local ? (/^(.{2,10}?(?:自治区|省|自治州|市|自治县|县))/.exec(title)?.[1] ?? null) : null;
    const tier = !local
      ? 'national'
      : /省$|自治区$|^(北京|上海|天津|重庆)市$/.test(place ?? '')
        ? 'provincial'
        : /县$/.test(place ?? '')
          ? 'county'
          : 'municipal';
    return {
      id: rel,
      title,
      tier,
      authorityLevel: local ? 'local_regulation' : (LEVELS[top] ?? 'law'),
      jurisdiction: local ? place : null,
      issuedOn: /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(rel)?.[1] ?? null,
      articleCount: text.split('\n').filter((l) => ARTICLE.test(l.trim())).length,
    };
  });
}

/** The policyOverview answer for these documents (groups always; documents listed when `withDocuments`). */
export function overviewOf(docs: CorpusDocument[], withDocuments: boolean) {
  const groups = new Map<
    string,
    {
      key: string;
      authorityLevel: string;
      tier: string;
      jurisdiction: string | null;
      documentCount: number;
      articleCount: number;
      firstYear: number | null;
      lastYear: number | null;
    }
  >();
  for (const d of docs) {
    const key = `${d.authorityLevel}|${d.tier}|${d.jurisdiction ?? ''}`;
    const g = groups.get(key) ?? {
      key,
      authorityLevel: d.authorityLevel,
      tier: d.tier,
      jurisdiction: d.jurisdiction,
      documentCount: 0,
      articleCount: 0,
      firstYear: null,
      lastYear: null,
    };
    g.documentCount += 1;
    g.articleCount += d.articleCount;
    groups.set(key, g);
  }
  return {
    total: docs.length,
    grouped: !withDocuments,
    groups: [...groups.values()],
    documents: withDocuments ? docs.map((d) => ({ ...d, alignedArticleCount: 0, basisChanged: false, links: [] })) : [],
    facets: { jurisdictions: [], kinds: [], authorityLevels: [], versionStatuses: [] },
  };
}

/**
 * The real corpus beside the checkout: `shared/corpora/lawrefbook` in the project's parent folder or any folder above
 * it (a git worktree sits deeper than the main checkout), else where the first place looked.
 */
export function findRealCorpus(from = PROJECT_ROOT): string {
  return join(findSharedCorpora(from), 'lawrefbook');
}

/** Draws the real corpus's overview, grouped and with every document, and reports the page's figures. */
export async function measureViewerOverview(corpus = findRealCorpus()) {
  if (!existsSync(corpus)) throw new MissingPieceError(`no corpus at ${corpus} (nor in any folder above the project)`);
  const readStart = performance.now();
  const docs = readLawrefbook(corpus);
  const readMs = performance.now() - readStart;
  const { grouped, all } = await withBenchPage('runOverviewBench', async (page) => {
    const run = (overview: unknown) =>
      page.evaluate(
        (o) =>
          (
            window as unknown as { runOverviewBench: (o: unknown) => Promise<Record<string, unknown>> }
          ).runOverviewBench(o),
        overview,
      );
    return { grouped: await run(overviewOf(docs, false)), all: await run(overviewOf(docs, true)) };
  });
  return {
    corpus: relative(PROJECT_ROOT, corpus),
    documents: docs.length,
    articles: docs.reduce((n, d) => n + d.articleCount, 0),
    readMs: Math.round(readMs),
    grouped: roundAll(grouped),
    all: roundAll(all),
    notes: [
      'the overview answer is built from the Markdown files (the importer on main reads .txt only); API time not included',
      'headless Chromium, --disable-gpu, shared 2-core machine',
    ],
  };
}
