/** The median of a non-empty list of samples: robust to one noisy repetition. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `1234.5` ms → `1.23 s`; sub-second times stay in ms. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Samples as the bench prints them: the median first, then every repetition. */
export function describeSamples(samples: readonly number[], format: (value: number) => string = formatMs): string {
  return `median ${format(median(samples))} of [${samples.map(format).join(', ')}]`;
}

/** A ratio as the summary lines print it: two decimals, or `n/a` when it could not be measured. */
export function formatRatio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(2);
}
