/**
 * Late answers dropped: each channel (selection, search, coverage, …) keeps only its newest request. Starting a
 * request cancels the one before it on the same channel, and `isCurrent()` tells an answer whether it still counts.
 * Example: const a = latest.begin('search'); const b = latest.begin('search'); a.isCurrent() → false, a.signal.aborted
 * → true, b.isCurrent() → true.
 */

/** One request's ticket. */
export interface RequestTicket {
  signal: AbortSignal;
  isCurrent(): boolean;
}

/** The channels' bookkeeping. */
export interface LatestRequests {
  begin(channel: string): RequestTicket;
  /** Cancels the request of a channel (e.g. Escape). */
  cancel(channel: string): void;
}

/** Creates the bookkeeping. */
export function createLatestRequests(): LatestRequests {
  const current = new Map<string, AbortController>();
  return {
    begin(channel) {
      current.get(channel)?.abort();
      const controller = new AbortController();
      current.set(channel, controller);
      return {
        signal: controller.signal,
        isCurrent: () => current.get(channel) === controller && !controller.signal.aborted,
      };
    },
    cancel(channel) {
      current.get(channel)?.abort();
      current.delete(channel);
    },
  };
}
