import { z } from 'zod';
import { parseBusinessDays } from '../domain/prepaid/business-calendar';
import { devPayloadKeyring, parsePayloadKeys, type PayloadKeyring } from './codec/keys';

/** Every setting the processes accept, read from the environment once at start-up. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().min(1),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('pbx'),
  TEMPORAL_API_KEY: z.string().optional(),
  TEMPORAL_TLS: z.enum(['true', 'false']).default('false'),
  TEMPORAL_TLS_CERT: z.string().optional(),
  TEMPORAL_TLS_KEY: z.string().optional(),
  PAYLOAD_KEYS: z.string().optional(),
  PAYLOAD_ACTIVE_KEY: z.string().min(1).optional(),
  TEMPORAL_UI_ORIGINS: z.string().optional(),
  WORKER_MAX_ACTIVITIES: z.coerce.number().int().min(1).max(10_000).default(100),
  WORKER_MAX_WORKFLOW_TASKS: z.coerce.number().int().min(1).max(10_000).default(100),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(1_000_000).optional(),
  WORKER_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  WORKER_WORKFLOW_POLLERS: z.coerce.number().int().min(1).max(100).optional(),
  WORKER_ACTIVITY_POLLERS: z.coerce.number().int().min(1).max(100).optional(),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(3600).default(25),
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(300).default(0),
  SMTP_URL: z.string().min(1),
  MAIL_FROM: z.string().min(3).default('Cloud PBX <no-reply@pbx.example.jp>'),
  APP_SECRET: z.string().min(16, 'APP_SECRET must be at least 16 characters'),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(1).default(720),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_PER_ID: z.coerce.number().int().min(1).default(10),
  LOGIN_RATE_PER_IP: z.coerce.number().int().min(1).default(100),
  RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  API_KEY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  CORS_ORIGINS: z.string().default(''),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('false'),
  PROCESSOR_URL: z.string().url().default('http://127.0.0.1:4010/processor'),
  PROCESSOR_API_KEY: z.string().min(1).default('sandbox-processor-key'),
  PROCESSOR_WEBHOOK_SECRET: z.string().min(16).default('sandbox-processor-webhook-secret'),
  CARRIER_URL: z.string().url().default('http://127.0.0.1:4010/carrier'),
  CARRIER_API_KEY: z.string().min(1).default('sandbox-carrier-key'),
  CARRIER_WEBHOOK_SECRET: z.string().min(16).default('sandbox-carrier-webhook-secret'),
  PARCEL_URL: z.string().url().default('http://127.0.0.1:4010/parcel'),
  PARCEL_API_KEY: z.string().min(1).default('sandbox-parcel-key'),
  PARCEL_WEBHOOK_SECRET: z.string().min(16).default('sandbox-parcel-webhook-secret'),
  WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  WAREHOUSE_CLAIM_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  CALL_MAX_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  CALL_RESERVATION_SLACK_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  RATE_CACHE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  CDR_BATCH_MAX: z.coerce.number().int().min(1).max(50_000).default(5000),
  CDR_RATING_BATCH: z.coerce.number().int().min(100).max(100_000).default(20_000),
  INVOICE_ISSUER_NAME: z.string().min(1).default('株式会社クラウドPBX'),
  INVOICE_REGISTRATION_NUMBER: z
    .string()
    .regex(/^T\d{13}$/, 'T followed by 13 digits')
    .default('T1234567890123'),
  TOPUP_CARD_MIN: z.coerce.number().int().min(1).default(1_000),
  TOPUP_CARD_MAX: z.coerce.number().int().min(1).default(5_000_000),
  TOPUP_NET_BANK_MIN: z.coerce.number().int().min(1).default(1_000),
  TOPUP_NET_BANK_MAX: z.coerce.number().int().min(1).default(5_000_000),
  TOPUP_KONBINI_MIN: z.coerce.number().int().min(1).default(2_000),
  TOPUP_KONBINI_MAX: z.coerce.number().int().min(1).default(299_999),
  TOPUP_BANK_TRANSFER_MIN: z.coerce.number().int().min(1).default(1),
  TOPUP_BANK_TRANSFER_MAX: z.coerce.number().int().min(1).default(5_000_000),
  TOPUP_PRESETS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'comma-separated yen amounts')
    .default('1000,3000,5000,10000,30000,50000,100000'),
  TOPUP_3DS_TIMEOUT_MINUTES: z.coerce.number().positive().default(15),
  TOPUP_PAYMENT_WAIT_DAYS: z.coerce.number().positive().default(7),
  TOPUP_REMINDER_HOURS_BEFORE: z.coerce.number().positive().default(24),
  TOPUP_BANK_ACCOUNT: z
    .string()
    .regex(/^[^|]+(\|[^|]+){4}$/, 'bank|branch|type|number|holder')
    .default('みずほ銀行|渋谷支店 (210)|普通|1234567|カ）クラウドピービーエックス'),
  BUSINESS_HOURS: z
    .string()
    .regex(
      /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$|^([01]\d|2[0-3]):[0-5]\d-24:00$/,
      'HH:MM-HH:MM (Asia/Tokyo), e.g. 09:00-18:00 or 00:00-24:00',
    )
    .default('09:00-18:00'),
  BUSINESS_DAYS: z
    .string()
    .default('mon-fri')
    .superRefine((v, ctx) => {
      try {
        parseBusinessDays(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  PUBLIC_HOLIDAYS: z.enum(['off', 'open']).default('off'),
  COMPANY_HOLIDAYS: z
    .string()
    .regex(/^((\d{4}-)?\d{2}-\d{2})?(,(\d{4}-)?\d{2}-\d{2})*$/, 'comma-separated MM-DD or YYYY-MM-DD')
    .default('12-29,12-30,12-31,01-02,01-03'),
  PBX_MODE: z.enum(['sandbox', 'kamailio']).default('sandbox'),
  PBX_URL: z.string().url().default('http://127.0.0.1:4010/pbx'),
  PBX_API_KEY: z.string().min(1).default('sandbox-pbx-key'),
  PBX_LOGIN_SERVER: z.string().min(1).default('sip.pbx.example.jp'),
  PBX_CLIENT_KEY: z.string().min(32, 'PBX_CLIENT_KEY must be at least 32 characters').optional(),
  SIP_HOST: z.string().min(1).default('127.0.0.1'),
  SIP_PORT: z.coerce.number().int().min(1).max(65_535).default(5060),
  SIP_TRUNK_PORT: z.coerce.number().int().min(1).max(65_535).default(5080),
  SIP_CARRIER_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d{1,5}$/, 'host:port')
    .default('127.0.0.1:5090'),
  CDR_SHIP_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  NUMBER_HOLD_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  NUMBER_QUARANTINE_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  CARRIER_ACTIVATION_TIMEOUT_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  SERVICE_PRICES: z
    .string()
    .default(
      'sip_terminal=1100/1100,cloud_fax=1100/1100,ymobile=1100/1100,local=1100/1100,freecall=1100/1100,special=1100/4400,navidial=1100/1100,ip050=1100/1100',
    ),
  OVERSEAS_NUMBER_PRICES: z.string().default('US=1650/3300,GB=1980/3300,SG=2200/4400'),
  OVERSEAS_NUMBER_LEAD_DAYS: z.coerce.number().positive().max(90).default(5),
  ADJUSTMENT_APPROVAL_LIMIT: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(10_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_MAX_AGE_HOURS: z.coerce.number().positive().max(720).default(72),
  WEBHOOK_RETRY_INITIAL_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
  WEBHOOK_RETRY_MAX_INTERVAL_SECONDS: z.coerce.number().min(1).max(86_400).default(3600),
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).optional(),
  WEBHOOK_MAX_ENDPOINTS: z.coerce.number().int().min(1).max(100).default(10),
  WEBHOOK_SECRET_GRACE_HOURS: z.coerce.number().int().min(0).max(168).default(24),
});

export type AppConfig = ReturnType<typeof toAppConfig>;

function toAppConfig(env: z.infer<typeof configSchema>) {
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    publicBaseUrl: env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`,
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    temporal: {
      address: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      apiKey: env.TEMPORAL_API_KEY,
      tls: env.TEMPORAL_TLS === 'true' || Boolean(env.TEMPORAL_API_KEY),
      tlsCertPath: env.TEMPORAL_TLS_CERT,
      tlsKeyPath: env.TEMPORAL_TLS_KEY,
      /** Every workflow and activity payload is encrypted with the active key; the others still decode older payloads (lib/codec). */
      payloadKeys: payloadKeyring(env),
      /** Browser origins of the Temporal UI allowed to call the codec endpoint (/codec) with credentials; dev: the dev server's UI. */
      uiOrigins: (env.TEMPORAL_UI_ORIGINS ?? (env.NODE_ENV === 'production' ? '' : 'http://localhost:8233,http://127.0.0.1:8233'))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    // Unset values keep the Temporal SDK's defaults (cache sized from memory, one workflow thread, 10 pollers).
    worker: {
      maxConcurrentActivities: env.WORKER_MAX_ACTIVITIES,
      maxConcurrentWorkflowTasks: env.WORKER_MAX_WORKFLOW_TASKS,
      maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
      workflowThreads: env.WORKER_WORKFLOW_THREADS,
      workflowPollers: env.WORKER_WORKFLOW_POLLERS,
      activityPollers: env.WORKER_ACTIVITY_POLLERS,
      /** Where the worker serves /metrics and /health/live|ready (0: any free port); unset, it serves nothing. */
      metricsPort: env.WORKER_METRICS_PORT,
      /** A prebuilt workflow bundle to run instead of bundling workflows/ at start; unset, the one `npm run build` left beside the compiled worker, if any. */
      workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
    },
    /** Prometheus scrapes: unset, /metrics is open to anyone who reaches the port; set, it wants `Authorization: Bearer <token>`. */
    metrics: { token: env.METRICS_TOKEN },
    /**
     * SIGTERM: readiness answers 503 at once; the API keeps accepting for `delayMs` (so a load
     * balancer notices first), then stops accepting and lets in-flight requests (the worker: running
     * tasks) finish for up to `graceMs` before it closes its connections.
     */
    shutdown: { delayMs: Math.round(env.SHUTDOWN_DELAY_SECONDS * 1000), graceMs: Math.round(env.SHUTDOWN_GRACE_SECONDS * 1000) },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    secret: env.APP_SECRET,
    auth: {
      sessionTtlMinutes: env.SESSION_TTL_MINUTES,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      loginRatePerId: env.LOGIN_RATE_PER_ID,
      loginRatePerIp: env.LOGIN_RATE_PER_IP,
      rateWindowSeconds: env.RATE_WINDOW_SECONDS,
      /** Requests per minute each API key may make, counted by each API process on its own. */
      apiKeyRatePerMinute: env.API_KEY_RATE_LIMIT,
      /** The key the PBX presents in X-Pbx-Key on the calls endpoints; unset, only operator logins reach them. */
      pbxClientKey: env.PBX_CLIENT_KEY,
    },
    http: {
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      trustProxy: env.TRUST_PROXY === 'true',
    },
    /** The outside parties, each behind a port; the defaults point at the bundled sandbox. */
    parties: {
      processor: { url: env.PROCESSOR_URL, apiKey: env.PROCESSOR_API_KEY, webhookSecret: env.PROCESSOR_WEBHOOK_SECRET },
      carrier: { url: env.CARRIER_URL, apiKey: env.CARRIER_API_KEY, webhookSecret: env.CARRIER_WEBHOOK_SECRET },
      parcel: { url: env.PARCEL_URL, apiKey: env.PARCEL_API_KEY, webhookSecret: env.PARCEL_WEBHOOK_SECRET },
    },
    webhookToleranceSeconds: env.WEBHOOK_TOLERANCE_SECONDS,
    /** Devices: how long a warehouse claim lasts without activity before someone else may take the task. */
    devices: { claimSeconds: env.WAREHOUSE_CLAIM_SECONDS },
    /** Call billing: grace before suspension, call holds, rate cache, CDR batch sizes, invoice issuer. */
    billing: {
      graceDays: env.BILLING_GRACE_DAYS,
      callMaxSeconds: env.CALL_MAX_SECONDS,
      reservationSlackSeconds: env.CALL_RESERVATION_SLACK_SECONDS,
      rateCacheMs: env.RATE_CACHE_SECONDS * 1000,
      cdrBatchMax: env.CDR_BATCH_MAX,
      ratingBatch: env.CDR_RATING_BATCH,
      issuer: { name: env.INVOICE_ISSUER_NAME, registrationNumber: env.INVOICE_REGISTRATION_NUMBER },
    },
    /** Prepaid top-up: amount range per method, waits, presets and the provider's bank account. */
    topup: topupConfig(env),
    /** Uniques and phone numbers: catalog prices (monthly/initial yen, tax excluded), holds, quarantine. */
    services: {
      /** `sandbox`: the PBX provisioning API at PBX_URL; `kamailio`: our own SIP server's subscriber table. */
      pbx: { mode: env.PBX_MODE, url: env.PBX_URL, apiKey: env.PBX_API_KEY, loginServer: env.PBX_LOGIN_SERVER },
      /** Our Kamailio (PBX_MODE=kamailio): where phones reach it, the carrier-facing port, where outside calls go, how often CDRs ship. */
      sip: {
        host: env.SIP_HOST,
        port: env.SIP_PORT,
        trunkPort: env.SIP_TRUNK_PORT,
        carrierAddress: env.SIP_CARRIER_ADDRESS,
        cdrShipIntervalMs: env.CDR_SHIP_INTERVAL_MS,
      },
      holdMinutes: env.NUMBER_HOLD_MINUTES,
      quarantineDays: env.NUMBER_QUARANTINE_DAYS,
      carrierActivationTimeoutHours: env.CARRIER_ACTIVATION_TIMEOUT_HOURS,
      prices: parsePriceList('SERVICE_PRICES', env.SERVICE_PRICES),
      overseasPrices: parsePriceList('OVERSEAS_NUMBER_PRICES', env.OVERSEAS_NUMBER_PRICES),
      // The lead time of an overseas number, promised to the customer; fractions let tests wait seconds.
      overseasLeadDays: env.OVERSEAS_NUMBER_LEAD_DAYS,
      overseasLeadMs: Math.round(env.OVERSEAS_NUMBER_LEAD_DAYS * 86_400_000),
    },
    /** Manual balance adjustments: above this many yen a second operator must approve (four eyes). */
    adjustments: { approvalLimit: env.ADJUSTMENT_APPROVAL_LIMIT },
    /** Outgoing event webhooks: request timeout, retry schedule (3 days), which addresses endpoints may use. */
    webhooks: {
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      // Fractions are allowed so tests can give up after seconds instead of days.
      maxAgeMs: Math.round(env.WEBHOOK_MAX_AGE_HOURS * 3_600_000),
      retryInitialMs: Math.round(env.WEBHOOK_RETRY_INITIAL_SECONDS * 1000),
      retryMaxIntervalMs: Math.round(env.WEBHOOK_RETRY_MAX_INTERVAL_SECONDS * 1000),
      requireHttps: env.NODE_ENV === 'production',
      allowPrivate: (env.WEBHOOK_ALLOW_PRIVATE ?? String(env.NODE_ENV !== 'production')) === 'true',
      maxEndpoints: env.WEBHOOK_MAX_ENDPOINTS,
      secretGraceHours: env.WEBHOOK_SECRET_GRACE_HOURS,
    },
    logLevel: env.LOG_LEVEL,
    seedDemoData: env.SEED_DEMO_DATA === 'true',
  };
}

/** The payload encryption keys; unset, the public dev-only key, which production refuses. */
function payloadKeyring(env: z.infer<typeof configSchema>): PayloadKeyring {
  if (!env.PAYLOAD_KEYS) {
    if (env.NODE_ENV === 'production')
      throw new Error('Invalid configuration:\n  PAYLOAD_KEYS: required in production (id:base64key[,id:base64key…], 32-byte keys)');
    if (env.PAYLOAD_ACTIVE_KEY) throw new Error('Invalid configuration:\n  PAYLOAD_ACTIVE_KEY: set without PAYLOAD_KEYS');
    return devPayloadKeyring();
  }
  try {
    return parsePayloadKeys(env.PAYLOAD_KEYS, env.PAYLOAD_ACTIVE_KEY);
  } catch (err) {
    throw new Error(`Invalid configuration:\n  PAYLOAD_KEYS: ${(err as Error).message}`);
  }
}

/** Reads `key=monthly/initial,...` (integer yen) into a price table; a malformed entry stops start-up. */
function parsePriceList(variable: string, text: string): Record<string, { monthly: number; initial: number }> {
  const out: Record<string, { monthly: number; initial: number }> = {};
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9_]+)=(\d{1,9})\/(\d{1,9})$/.exec(entry);
    if (!m) throw new Error(`Invalid configuration:\n  ${variable}: "${entry}" is not key=monthly/initial`);
    out[m[1]!] = { monthly: Number(m[2]), initial: Number(m[3]) };
  }
  return out;
}

function topupConfig(env: z.infer<typeof configSchema>) {
  const [bankName, branchName, accountType, accountNumber, accountHolder] = env.TOPUP_BANK_ACCOUNT.split('|').map((s) => s.trim()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const [open, close] = env.BUSINESS_HOURS.split('-') as [string, string];
  return {
    limits: {
      card: { min: env.TOPUP_CARD_MIN, max: env.TOPUP_CARD_MAX },
      registered_card: { min: env.TOPUP_CARD_MIN, max: env.TOPUP_CARD_MAX },
      net_bank: { min: env.TOPUP_NET_BANK_MIN, max: env.TOPUP_NET_BANK_MAX },
      konbini: { min: env.TOPUP_KONBINI_MIN, max: env.TOPUP_KONBINI_MAX },
      bank_transfer: { min: env.TOPUP_BANK_TRANSFER_MIN, max: env.TOPUP_BANK_TRANSFER_MAX },
    },
    presets: env.TOPUP_PRESETS.split(',').map(Number),
    waits: {
      // Fractions are allowed so tests can wait seconds instead of days.
      threeDsTimeoutMs: Math.round(env.TOPUP_3DS_TIMEOUT_MINUTES * 60_000),
      paymentWindowMs: Math.round(env.TOPUP_PAYMENT_WAIT_DAYS * 86_400_000),
      reminderBeforeMs: Math.round(env.TOPUP_REMINDER_HOURS_BEFORE * 3_600_000),
    },
    bankAccount: { bankName, branchName, accountType, accountNumber, accountHolder },
    calendar: {
      open,
      close,
      companyHolidays: env.COMPANY_HOLIDAYS.split(',').filter(Boolean),
      weekdays: parseBusinessDays(env.BUSINESS_DAYS),
      publicHolidaysOff: env.PUBLIC_HOLIDAYS === 'off',
    },
  };
}

/** Parses and validates the environment; throws one message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return toAppConfig(parsed.data);
}
