/**
 * A page clock set by the test: `new Date()` and `Date.now()` say `now`, whatever the
 * real time (dates built from arguments are untouched). For the tests of "today".
 */
export function setClock(now: string): void {
  const instant = Date.parse(now);
  const Real = realDate;
  class FixedDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(instant);
      else super(...(args as [number]));
    }
    static override now(): number {
      return instant;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

/** Gives the page its real clock back. */
export function resetClock(): void {
  globalThis.Date = realDate;
}

const realDate = Date;
