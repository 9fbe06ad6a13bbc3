import type { Scenario } from '../lib/scenario';
import { apiRead } from './api-read';

/** Every scenario, in the order `npm run bench` runs them. */
export const scenarios: Scenario[] = [apiRead];
