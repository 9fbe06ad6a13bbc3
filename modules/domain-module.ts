import type { ActivityFactory } from '../activities';
import type { TemplateTable } from '../activities/mail/mail-templates';
import type { CredentialLookup } from '../api/accounts/login-kinds';
import type { ApiDeps } from '../api/deps';
import type { FastPath } from '../api/billing/authorize.fast-path';
import type { MessageTable } from '../api/http/messages';
import type { RouteDef } from '../api/http/route';
import type { CircleServiceCheck } from '../db/accounts/circles.store';
import type { Seeder } from '../db/seed';

/**
 * Everything one domain brings to the processes. The api, the worker and the migrations each take
 * their part from the one list in modules/index.ts; no file registers anything by being imported.
 */
export interface DomainModule {
  name: string;
  /** API operations (api). */
  routes?: RouteDef[];
  /** Handlers that answer one hot operation ahead of the Koa pipeline; each passes on what is not its own (api). */
  fastPaths?: ((deps: ApiDeps) => FastPath)[];
  /** Problem codes with their Japanese and English text (api). */
  messages?: MessageTable;
  /** Login tabs this domain answers for, by `kind` (api). */
  loginKinds?: Record<string, CredentialLookup>;
  /** Live rows of this domain that keep a circle from being removed (api). */
  circleServiceChecks?: CircleServiceCheck[];
  /** Activities, built once per worker from the shared services (worker). */
  activities?: ActivityFactory;
  /** Workflow types this domain runs; the worker bundles them from workflows/index.ts (worker). */
  workflows?: string[];
  /** Customer mails by template name (worker). */
  mailTemplates?: TemplateTable;
  /** Idempotent reference data (migrations). */
  seeders?: Seeder[];
}
