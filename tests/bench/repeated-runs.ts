/**
 * Timing of a single-shot operation (an analysis, a projection fetch) by running it a few
 * times in a row, as opposed to the closed-loop load of measurement.ts. Slow operations
 * are run fewer times, so a full bench stays within tens of minutes.
 */
export const repetitionDefaults = {
  /** Timed runs wanted for an operation that is not slow. */
  repetitions: 5,
  /**
   * A first run faster than this is a warm-up (JIT compilation, cold caches) and is not
   * counted; a slower one is, its warm-up share being small. Infinity: always warm up.
   */
  warmUpBelowMs: 1_000,
  /** Once a run has taken longer than this, at most `slowRepetitions` runs are timed. */
  slowMs: 10_000,
  slowRepetitions: 2,
  /** Once a run has taken longer than this, it is the only one timed. */
  verySlowMs: 60_000,
};

export type RepetitionSettings = typeof repetitionDefaults;

export interface RepeatedTiming<T> {
  /** Wall-clock time of every counted run, in milliseconds. */
  samplesMs: number[];
  /** The discarded first run, when there was one. */
  warmUpMs: number | undefined;
  /** What the last run returned, to check it against a reference. */
  last: T;
}

/** How many counted runs to make, given the slowest run so far (the warm-up included). */
export function runsWanted(slowestMs: number, settings: RepetitionSettings): number {
  if (slowestMs > settings.verySlowMs) return 1;
  if (slowestMs > settings.slowMs) return Math.min(settings.repetitions, settings.slowRepetitions);
  return settings.repetitions;
}

export async function timeRepeated<T>(
  operation: () => T | Promise<T>,
  options: Partial<RepetitionSettings> = {},
): Promise<RepeatedTiming<T>> {
  const settings = { ...repetitionDefaults, ...options };
  let last!: T;
  const timeOnce = async () => {
    const begun = performance.now();
    last = await operation();
    return performance.now() - begun;
  };
  const first = await timeOnce();
  const warmUpMs = first < settings.warmUpBelowMs ? first : undefined;
  const samplesMs = warmUpMs === undefined ? [first] : [];
  let slowest = first;
  while (samplesMs.length < runsWanted(slowest, settings)) {
    const ms = await timeOnce();
    samplesMs.push(ms);
    slowest = Math.max(slowest, ms);
  }
  return { samplesMs, warmUpMs, last };
}
