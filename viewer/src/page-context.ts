/**
 * What the page offers its feature modules (analysis, scenes, search). Each feature takes only the part it uses,
 * typed with Pick<Page, …>, so features depend on this contract and never on the controller or on each other.
 */
import type { GraphQLClient } from './api-client.ts';
import type { ElementData } from './build-elements.ts';
import type { GraphStore } from './graph-store.ts';
import type { GraphView } from './graph-view.ts';
import type { Lang } from './i18n.ts';
import type { LatestRequests } from './latest-request.ts';
import type { ViewStateStore } from './view-state.ts';

/** The page's services and actions. */
export interface Page {
  readonly state: ViewStateStore;
  readonly api: GraphQLClient;
  readonly view: GraphView;
  /** One live request per channel: a newer request cancels the older, whose answer is dropped. */
  readonly requests: LatestRequests;
  /** The interface language now. */
  lang(): Lang;
  /** A non-fatal message in the hint bar. */
  notify(message: string, error?: boolean): void;
  /** An error as a sentence in the interface language. */
  errorText(error: unknown): string;
  /** Keeps the URL hash in step with the view. */
  scheduleHash(): void;
  /** Replaces the store, remembering the old one for undo. */
  grow(next: GraphStore): void;
  render(): Promise<void>;
  loadOverview(): Promise<void>;
  loadPolicies(ids: string[]): Promise<void>;
  select(data: ElementData | null): Promise<void>;
  focusArticle(articleId: string): Promise<void>;
  clearLineage(): void;
  applyHighlight(): void;
  runCompare(lower: string, upper: string): Promise<void>;
  closeCompare(): void;
  runCoverage(upper: string, lower?: string): Promise<void>;
  clearCoverage(): void;
  /** Colours the graph by the coverage in view (none while the comparison hides the graph). */
  applyCoverage(): void;
  fillPolicySelects(): void;
  setLang(lang: Lang): void;
  renderDeck(): void;
}
