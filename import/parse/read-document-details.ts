/**
 * Reads what lies across the whole text once structure and metadata are known: citations, short titles, goals,
 * money, obligation words, timeline events, an interpretation's summary. (Filled in step by step.)
 */
import type { PolicyDocument } from '../model.ts';
import type { AgencyContext } from './resolve-agency.ts';
import type { SourceLine } from './source-lines.ts';

/** Adds citations, short titles, goals, money, obligations, events and summary to the document. */
export function readDocumentDetails(document: PolicyDocument, lines: SourceLine[], ctx: AgencyContext, titleLines: number[]): void {
  void document;
  void lines;
  void ctx;
  void titleLines;
}
