/**
 * What the list under the search box says of a hit: its title, and a line saying what it is and in which document.
 * Example: describeHit('zh', { kind: 'Article', title: '第五十条', policyId: 'a', policyTitle: '上海市科学技术进步条例',
 * versionDate: '2024-05-10', tier: 'provincial', … }, new Set(['上海市科学技术进步条例'])) →
 * { title: '第五十条', meta: '条款 · 上海市科学技术进步条例（2024-05-10） · 省级（自治区）' }.
 */
import type { SearchHit } from './api-types.ts';
import { isTextKey, t, type Lang, type TextKey } from './i18n.ts';
import { documentName, type NamedDocument } from './name-document.ts';

/** The document a hit is or lies in, as documentName reads it (none for an agency). */
export function hitDocument(hit: SearchHit): NamedDocument | undefined {
  if (!hit.policyId) return undefined;
  const title = hit.policyTitle ?? (hit.kind === 'Policy' ? hit.title : undefined);
  return title
    ? { id: hit.policyId, title, versionDate: hit.versionDate, versionStatus: hit.versionStatus }
    : undefined;
}

/** A hit's title and its line of what it is, in which document (versions told apart by `shared`), at which tier. */
export function describeHit(lang: Lang, hit: SearchHit, shared: ReadonlySet<string>): { title: string; meta: string } {
  const doc = hitDocument(hit);
  const isDocument = hit.kind === 'Policy';
  const kind = isTextKey(`hit.${hit.kind}`) ? t(lang, `hit.${hit.kind}` as TextKey) : hit.kind;
  const tier = hit.tier && isTextKey(`lane.${hit.tier}`) ? t(lang, `lane.${hit.tier}` as TextKey) : '';
  return {
    title: isDocument && doc ? documentName(lang, doc, shared) : hit.title,
    meta: [kind, hit.docNumber, !isDocument && doc ? documentName(lang, doc, shared) : '', tier]
      .filter(Boolean)
      .join(' · '),
  };
}
