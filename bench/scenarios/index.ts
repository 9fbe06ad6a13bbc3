import type { Scenario } from '../lib/scenario';
import { apiRead } from './api-read';
import { orders } from './orders';
import { waiting } from './waiting';

/** Every scenario, in the order `npm run bench` runs them. */
export const scenarios: Scenario[] = [orders, waiting, apiRead];
