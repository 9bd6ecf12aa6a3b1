/**
 * Generates a synthetic corpus, seeded and deterministic: plans the documents top tier first, composes their
 * articles (lower ones derived from their upper document), adds citations, renders the text and its defects.
 * Example: generateCorpus({ ...CORPUS_SIZES.small }) → 100 documents with `text` and ground truth, same every run.
 */
import { applyDefects } from './apply-defects.ts';
import { composeArticles } from './compose-articles.ts';
import type { CorpusSpec } from './corpus-sizes.ts';
import type { GeneratedDocument } from './corpus-types.ts';
import { planCorpus } from './plan-corpus.ts';
import { renderDocument } from './render-document.ts';
import { createRandom } from './seeded-random.ts';

/** A generated document with its final text. */
export type RenderedDocument = GeneratedDocument & { text: string };

const LAW = '中华人民共和国科学技术进步法';

/** Yields the documents one at a time in plan order (national first); texts are not kept, so large corpora stream. */
export function* generateDocuments(spec: CorpusSpec): Generator<RenderedDocument> {
  const random = createRandom(spec.seed);
  const docs = planCorpus(spec, random.fork('plan'));
  const uppers = docs.filter((d) => d.tier === 'national' || d.tier === 'provincial');
  for (const doc of docs) {
    const r = random.fork(`compose-${doc.index}`);
    const parent = doc.parentIndex === undefined ? undefined : docs[doc.parentIndex];
    composeArticles(doc, parent, r.int(spec.minArticles, spec.maxArticles), r);
    addCitations(doc, parent, uppers, r);
    const { lines, map } = renderDocument(doc, parent);
    const text = `${applyDefects(lines, map, doc.defects, r.fork('defects')).join('\n')}\n`;
    yield { ...doc, text };
  }
}

/** Generates the whole corpus in memory. */
export function generateCorpus(spec: CorpusSpec): RenderedDocument[] {
  return Array.from(generateDocuments(spec));
}

function addCitations(
  doc: GeneratedDocument,
  parent: GeneratedDocument | undefined,
  uppers: GeneratedDocument[],
  r: ReturnType<typeof createRandom>,
): void {
  if (r.chance(0.25)) doc.citations.push({ title: LAW, relation: 'based_on' });
  if (parent) {
    const withNumber = parent.docNumber !== undefined && r.chance(0.75);
    const issuerOutside = parent.tier === 'national' && parent.title.startsWith(parent.issuer) && r.chance(0.3);
    doc.citations.push({
      title: issuerOutside ? parent.title.slice(parent.issuer.length) : parent.title,
      docNumber: withNumber ? parent.docNumber : undefined,
      relation: 'implements',
    });
  }
  // Only documents issued before it: a text cannot cite one that does not exist yet.
  const others = uppers.filter(
    (u) => u.index !== parent?.index && u.index < doc.index && u.docNumber && u.issuedOn < doc.issuedOn,
  );
  const target = doc.articles.length > 0 && others.length > 0 && r.chance(0.15) ? r.pick(others) : undefined;
  if (target) {
    const article = r.pick(doc.articles);
    article.sentences.push(`《${target.title}》（${target.docNumber}）已有规定的，从其规定。`);
    doc.citations.push({ title: target.title, docNumber: target.docNumber, relation: 'cites' });
  }
}
