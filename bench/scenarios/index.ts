import type { Scenario } from '../lib/scenario';
import { apiRead } from './api-read';
import { authorize } from './authorize';
import { cdr } from './cdr';
import { orders } from './orders';
import { sip } from './sip';
import { soak } from './soak';
import { portalLogin } from '../portal-login';
import { waiting } from './waiting';
import { webhooks } from './webhooks';

/** Every scenario, in the order `npm run bench` runs them. */
export const scenarios: Scenario[] = [orders, waiting, cdr, authorize, apiRead, portalLogin, sip, webhooks, soak];
