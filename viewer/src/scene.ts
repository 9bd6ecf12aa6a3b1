/**
 * A scene: everything needed to redraw one view (what was loaded, filters, focus, viewport), and its encoding in
 * the URL hash (pure). Example: encodeHash({ scene, deck: [scene], index: 0 }) → '#v1=eyJz…' and decodeHash of that
 * string gives the same state back. Bad hashes raise a SceneError with code SCENE_HASH_INVALID.
 */

/** Filters applied to the graph. */
export interface Filters {
  tiers: string[];
  nodeKinds: string[];
  relations: string[];
  minScore: number;
  showRejected: boolean;
  /** Asked of the server (the overview): an empty list means every value. */
  jurisdictions: string[];
  authorityLevels: string[];
  kinds: string[];
  versionStatuses: string[];
  yearFrom?: number;
  yearTo?: number;
  /** The time slider: documents in force on this date (YYYY-MM-DD); none = every date. */
  asOf?: string;
}

/** One view of the graph. */
export interface Scene {
  title?: string;
  /** Policies brought into view with their articles ('all' = the overview). */
  load: 'all' | string[];
  filters: Filters;
  /** Article whose lineage is highlighted. */
  focus?: string;
  /** Upper document whose coverage colours the graph. */
  coverage?: string;
  /** The lower document coverage is counted for (none: every lower document). */
  coverageLower?: string;
  compare?: { lower: string; upper: string };
  /** Element ids (Cytoscape ids) shown highlighted. */
  highlights: string[];
  viewport?: { zoom: number; pan: { x: number; y: number } };
  workshop: boolean;
  lang: 'zh' | 'en';
}

/** The state kept in the URL: the current scene and the workshop deck it belongs to. */
export interface HashState {
  scene: Scene;
  deck: Scene[];
  index: number;
}

/** A failure to read a shared scene. */
export class SceneError extends Error {
  constructor(
    readonly code: 'SCENE_HASH_INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'SceneError';
  }
}

/** Filters that show everything. */
export function defaultFilters(): Filters {
  return {
    tiers: ['national', 'provincial', 'municipal', 'county', 'unknown'],
    nodeKinds: ['policy', 'article', 'group'],
    relations: ['implements', 'cites', 'interprets', 'basedOn', 'aligns'],
    minScore: 0,
    showRejected: true,
    jurisdictions: [],
    authorityLevels: [],
    kinds: [],
    versionStatuses: [],
  };
}

/** The scene a first-time visitor gets. */
export function defaultScene(): Scene {
  return { load: 'all', filters: defaultFilters(), highlights: [], workshop: false, lang: 'zh' };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Encodes the state as a URL hash (UTF-8 JSON in base64url, so Chinese titles survive any mail client). */
export function encodeHash(state: HashState): string {
  return `#v1=${toBase64Url(JSON.stringify({ s: state.scene, d: state.deck, i: state.index }))}`;
}

function isScene(value: unknown): value is Scene {
  const s = value as Scene;
  return (
    typeof s === 'object' &&
    s !== null &&
    (s.load === 'all' || Array.isArray(s.load)) &&
    typeof s.filters === 'object' &&
    s.filters !== null &&
    Array.isArray(s.filters.tiers) &&
    Array.isArray(s.filters.relations) &&
    Array.isArray(s.highlights)
  );
}

/** Reads a URL hash; an empty hash yields null. */
export function decodeHash(hash: string): HashState | null {
  const body = hash.replace(/^#/, '');
  if (body === '') return null;
  const match = /^v1=([A-Za-z0-9_-]+)$/.exec(body);
  if (!match) throw new SceneError('SCENE_HASH_INVALID', 'unknown scene link format');
  let parsed: { s?: unknown; d?: unknown; i?: unknown };
  try {
    parsed = JSON.parse(fromBase64Url(match[1]!));
  } catch {
    throw new SceneError('SCENE_HASH_INVALID', 'scene link is damaged');
  }
  if (!isScene(parsed.s)) throw new SceneError('SCENE_HASH_INVALID', 'scene link lacks a scene');
  const deck = Array.isArray(parsed.d) ? parsed.d.filter(isScene) : [];
  const index =
    typeof parsed.i === 'number' && Number.isInteger(parsed.i)
      ? Math.max(0, Math.min(parsed.i, Math.max(0, deck.length - 1)))
      : 0;
  return {
    scene: { ...defaultScene(), ...parsed.s, filters: { ...defaultFilters(), ...parsed.s.filters } },
    deck,
    index,
  };
}

/** The next deck index for a key press, or null when the key does not step scenes. */
export function stepIndex(key: string, index: number, length: number): number | null {
  if (length === 0) return null;
  if (key === 'ArrowRight' || key === 'PageDown') return Math.min(index + 1, length - 1);
  if (key === 'ArrowLeft' || key === 'PageUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return null;
}
