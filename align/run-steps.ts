/**
 * Runs a build written as a generator that yields between steps: at once (`runSteps`), or pausing between steps so
 * that a server building an index keeps answering other requests (`runStepsAsync`; by default one turn of the event
 * loop, setImmediate). Example: runSteps(indexSteps(docs)) → the index; await runStepsAsync(indexSteps(docs)) → the same.
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** runSteps, awaiting `pause` after each step. */
export async function runStepsAsync<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
