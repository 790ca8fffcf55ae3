// Yielding the page's thread between steps of the start-up, so that no one task holds it long
// (issue #13: no start-up task over 50 ms; a frame, a tracked result or a tap waits for no more).

/** Resolves in a new task of the page's thread (what came before has been drawn and answered). */
export function nextTask() {
  return globalThis.scheduler && scheduler.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}
