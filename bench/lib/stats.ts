/** The p-th percentile (0-100) of samples, by nearest rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds for the report table. */
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
