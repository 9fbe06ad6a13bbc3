import { z } from 'zod';

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
  SMTP_URL: z.string().min(1),
  MAIL_FROM: z.string().min(3).default('Cloud PBX <no-reply@pbx.example.jp>'),
  APP_SECRET: z.string().min(16, 'APP_SECRET must be at least 16 characters'),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(1).default(720),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_PER_ID: z.coerce.number().int().min(1).default(10),
  LOGIN_RATE_PER_IP: z.coerce.number().int().min(1).default(100),
  RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
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
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    secret: env.APP_SECRET,
    auth: {
      sessionTtlMinutes: env.SESSION_TTL_MINUTES,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      loginRatePerId: env.LOGIN_RATE_PER_ID,
      loginRatePerIp: env.LOGIN_RATE_PER_IP,
      rateWindowSeconds: env.RATE_WINDOW_SECONDS,
    },
    http: {
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
      trustProxy: env.TRUST_PROXY === 'true',
    },
    /** The outside parties, each behind a port; the defaults point at the bundled sandbox. */
    parties: {
      processor: { url: env.PROCESSOR_URL, apiKey: env.PROCESSOR_API_KEY, webhookSecret: env.PROCESSOR_WEBHOOK_SECRET },
      carrier: { url: env.CARRIER_URL, apiKey: env.CARRIER_API_KEY, webhookSecret: env.CARRIER_WEBHOOK_SECRET },
      parcel: { url: env.PARCEL_URL, apiKey: env.PARCEL_API_KEY, webhookSecret: env.PARCEL_WEBHOOK_SECRET },
    },
    webhookToleranceSeconds: env.WEBHOOK_TOLERANCE_SECONDS,
    logLevel: env.LOG_LEVEL,
    seedDemoData: env.SEED_DEMO_DATA === 'true',
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
