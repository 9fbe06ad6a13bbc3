import { createBenchActivities } from '../../activities/bench/noop.activities';
import type { DomainModule } from '../domain-module';

/** The benchmarks' no-op baseline workflow and activity. */
export const benchModule: DomainModule = { name: 'bench', activities: () => createBenchActivities(), workflows: ['noopBaselineWorkflow'] };
