/**
 * Percentiles of latency samples, by linear interpolation between the two closest ranks
 * (the definition of numpy's default and of most spreadsheets). Selection instead of a
 * full sort keeps it linear on the hundreds of thousands of samples a run collects.
 */
export class NoSamplesError extends Error {
  override readonly name = "NoSamplesError";
}

/** The p-th percentile (0–100) of the values; the input is left untouched. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) throw new NoSamplesError("a percentile of no samples is undefined");
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must lie in 0–100, got ${p}`);
  const work = Float64Array.from(values);
  const rank = ((work.length - 1) * p) / 100;
  const lower = Math.floor(rank);
  const low = select(work, lower);
  if (rank === lower) return low;
  // After selection, everything right of `lower` is at least `low`; the next rank is their minimum.
  let high = Infinity;
  for (let i = lower + 1; i < work.length; i += 1) high = Math.min(high, work[i]!);
  return low + (rank - lower) * (high - low);
}

export function median(values: ArrayLike<number>): number {
  return percentile(values, 50);
}

/** Hoare's quickselect: puts the k-th smallest value at index k and returns it. */
function select(work: Float64Array, k: number): number {
  let left = 0;
  let right = work.length - 1;
  while (left < right) {
    const pivot = medianOfThree(work[left]!, work[(left + right) >>> 1]!, work[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (work[i]! < pivot) i += 1;
      while (work[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = work[i]!;
        work[i] = work[j]!;
        work[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return work[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
