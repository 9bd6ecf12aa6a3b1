/**
 * The view state: one small store of what the page shows (graph data, scene, selection, lineage, coverage,
 * comparison, workshop deck, busy work), changed only through `update` and observed through `subscribe`.
 * Example: const state = createViewState(); state.subscribe((s, changed) => …); state.update({ deckIndex: 1 })
 * → the listener runs with s.deckIndex === 1 and changed = Set { 'deckIndex' }.
 */
import type { Comparison, Coverage, LineageStep, ProvisionChangeData } from './api-types.ts';
import type { ElementData } from './build-elements.ts';
import { emptyStore, type GraphStore } from './graph-store.ts';
import type { OverviewFacets } from './overview-types.ts';
import { defaultScene, type Scene } from './scene.ts';

/** Everything the page shows; plain data, replaced (never mutated) by `update`. */
export interface ViewState {
  store: GraphStore;
  scene: Scene;
  /** The overview (documents, or groups of them) has been loaded. */
  loadedAll: boolean;
  /** Earlier stores, for undo. */
  history: GraphStore[];
  selected: ElementData | null;
  /** The article whose lineage is traced; its weak candidates are highlighted and listed only when weakShown. */
  lineage: { startId: string; steps: LineageStep[]; weakShown: boolean } | null;
  coverage: Coverage | null;
  comparison: Comparison | null;
  /** The comparison table lists the engine's weak candidates too (off: they are left out, foldWeakPairs). */
  weakPairsShown: boolean;
  /** Pairs of the comparison too weak to compare that the user asked to compare anyway: their changes, by pair id. */
  comparedAnyway: Readonly<Record<string, ProvisionChangeData[]>>;
  deck: Scene[];
  deckIndex: number;
  /** Values the server-side filters can take (from the overview). */
  facets: OverviewFacets | null;
  /** Documents matching the filters, and whether the overview shows them as groups. */
  overview: { total: number; grouped: boolean } | null;
}

/** Called after each update with the new state and the names of the fields that changed. */
export type ViewStateListener = (state: Readonly<ViewState>, changed: ReadonlySet<keyof ViewState>) => void;

/** The store's handle. */
export interface ViewStateStore {
  get(): Readonly<ViewState>;
  update(patch: Partial<ViewState> | ((state: Readonly<ViewState>) => Partial<ViewState>)): void;
  subscribe(listener: ViewStateListener): () => void;
}

/** The state a first-time visitor starts from. */
export function initialViewState(): ViewState {
  return {
    store: emptyStore(),
    scene: defaultScene(),
    loadedAll: false,
    history: [],
    selected: null,
    lineage: null,
    coverage: null,
    comparison: null,
    weakPairsShown: false,
    comparedAnyway: {},
    deck: [],
    deckIndex: 0,
    facets: null,
    overview: null,
  };
}

/** Creates the store; listeners run synchronously, in subscription order, only when a field really changed. */
export function createViewState(initial: Partial<ViewState> = {}): ViewStateStore {
  let state: ViewState = { ...initialViewState(), ...initial };
  const listeners = new Set<ViewStateListener>();
  return {
    get: () => state,
    update(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch;
      const changed = new Set((Object.keys(next) as (keyof ViewState)[]).filter((k) => next[k] !== state[k]));
      if (changed.size === 0) return;
      state = { ...state, ...next };
      for (const listener of [...listeners]) listener(state, changed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
