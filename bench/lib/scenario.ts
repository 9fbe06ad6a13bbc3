import type { Knex } from 'knex';
import type { Stack } from '../../scripts/stack';

/** What a scenario gets: the running stack, a database handle for setup and checks, and a progress line. */
export interface ScenarioContext {
  stack: Stack;
  db: Knex;
  progress(message: string): void;
}

/** One benchmark scenario; its metrics go to bench/results/latest.json under its name. */
export interface Scenario {
  name: string;
  description: string;
  /** Runs only when named (`npm run bench -- <name>`), not in a plain `npm run bench`: the soak's ten minutes. */
  onlyWhenNamed?: boolean;
  run(ctx: ScenarioContext): Promise<Record<string, number>>;
}
