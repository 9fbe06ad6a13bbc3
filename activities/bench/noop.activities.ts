/** An activity that does nothing, so the benchmark baseline measures Temporal alone. */
export function createBenchActivities() {
  return {
    async noop(): Promise<void> {
      return;
    },
  };
}
