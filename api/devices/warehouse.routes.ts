import { z } from 'zod';
import { CARRIERS } from '../../domain/devices/catalog';
import { shipmentSchema } from './present';
import { defineRoute } from '../http/route';
import { timeIdCursor } from '../orders/keyset';
import { listQuerySchema, pageOf } from '../page';
import { e164Schema, nationalDisplaySchema, uuidSchema } from '../schemas';
import { claimTask, completeStep, listTasks, releaseTask, taskView, type StepRequest } from './warehouse.service';

/** Who holds a task, since when, and until when the claim lasts unless a step extends it. */
const claimSchema = z
  .object({
    staffId: z.uuid(),
    staffName: z.string(),
    claimedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .nullable();

const taskSummarySchema = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  status: z.enum(['open', 'in_transit', 'done', 'cancelled']),
  step: z.string(),
  claim: claimSchema,
  model: z.string(),
  modelName: z.string(),
  quantity: z.number().int(),
  preconfigured: z.boolean(),
  shipToName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

const taskSummaryExample = {
  id: 'e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93',
  orderId: '4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71',
  status: 'open',
  step: 'scan',
  claim: {
    staffId: '2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47',
    staffName: '高橋 健',
    claimedAt: '2026-11-28T02:40:00.000Z',
    expiresAt: '2026-11-28T11:55:00+09:00',
  },
  model: 'GXP1620',
  modelName: 'GXP1620 IP電話機',
  quantity: 1,
  preconfigured: true,
  shipToName: '山田 太郎',
  createdAt: '2026-11-28T01:15:43.010Z',
  updatedAt: '2026-11-28T02:41:12.300Z',
} satisfies z.input<typeof taskSummarySchema>;

const taskSchema = taskSummarySchema.extend({
  shipTo: z.object({
    name: z.string(),
    postalCode: z.string(),
    address: z.string(),
    phone: e164Schema.nullable().describe('null when the number given has no E.164 form: see the display'),
    phoneDisplay: nationalDisplaySchema.describe('The form a person reads (03-1234-5678)'),
  }),
  devices: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      status: z.string(),
      mac: z.string().nullable(),
      serial: z.string().nullable(),
      scannedAt: z.iso.datetime({ offset: true }).nullable(),
      needsConfigFetch: z
        .boolean()
        .describe('A pre-configured unit: its phone must fetch its configuration at the test bench before packing'),
      configFetchedAt: z.iso.datetime({ offset: true }).nullable().describe("The phone's first fetch of its configuration file"),
      configOverride: z
        .object({ reason: z.string(), staffId: z.uuid(), staffName: z.string(), at: z.iso.datetime({ offset: true }) })
        .nullable()
        .describe('Packed without a fetch: who decided, when and why (kept for audit)'),
      uniques: z.array(z.object({ slot: z.number().int(), code: z.string().nullable() })),
      provisioning: z.object({ configServer: z.string(), fileUrl: z.string(), username: z.string(), password: z.string() }).nullable(),
    }),
  ),
  shipment: shipmentSchema.nullable(),
});

const taskExample = {
  ...taskSummaryExample,
  shipTo: {
    name: '山田 太郎',
    postalCode: '150-0002',
    address: '東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F',
    phone: '+81312345678',
    phoneDisplay: '03-1234-5678',
  },
  devices: [
    {
      id: '8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14',
      position: 1,
      status: 'scanned',
      mac: '000B82A1B2C3',
      serial: '20EZ8A1B2C3',
      scannedAt: '2026-11-28T02:41:12.300Z',
      needsConfigFetch: true,
      configFetchedAt: '2026-11-28T02:43:05.120Z',
      configOverride: null,
      uniques: [{ slot: 1, code: 'U0012345' }],
      provisioning: {
        configServer: 'https://api.example.jp/provisioning',
        fileUrl: 'https://api.example.jp/provisioning/cfg000B82A1B2C3.xml',
        username: 'prov-8b4d2f60',
        password: 'Xk3vP9qL2mWz',
      },
    },
  ],
  shipment: null,
} satisfies z.input<typeof taskSchema>;

const taskParams = z.object({ taskId: uuidSchema });
const taskResponse = { 200: { description: 'The task as the pack slip shows it', schema: taskSchema, example: taskExample } };

/** An override's reason must say something: a few words, not "ok". */
const PACK_OVERRIDE_MIN_REASON = 10;

/** A staff step route: same access, parameters and answer; only the body differs. */
function stepRoute<B>(
  step: StepRequest['step'],
  summary: string,
  body: { schema: z.ZodType<B>; example: B } | undefined,
  toRequest: (b: B) => StepRequest,
) {
  return defineRoute({
    method: 'post',
    path: `/v1/warehouse/tasks/:taskId/${step}`,
    operationId: `warehouse${step[0]!.toUpperCase()}${step.slice(1)}`,
    tag: 'warehouse',
    summary,
    description:
      'Needs your claim on the task while it is in the warehouse. A step out of order is 409 step_out_of_order; repeating a done step answers the same.',
    access: ['warehouse'],
    params: taskParams,
    ...(body ? { body: body.schema, bodyExample: body.example } : {}),
    responses: taskResponse,
    handler: async ({ principal, params, body: b, deps }) => ({
      body: await completeStep(deps, principal, params.taskId, toRequest(b as B)),
    }),
  });
}

/** Warehouse staff: the task list, claims, and the steps from pick to delivery. */
export const warehouseRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/warehouse/tasks',
    operationId: 'listWarehouseTasks',
    tag: 'warehouse',
    summary: 'Warehouse tasks, oldest first (open by default; in_transit lists shipped parcels)',
    access: ['warehouse'],
    query: z
      .object({
        status: z.enum(['open', 'in_transit', 'done', 'cancelled']).default('open'),
        ...listQuerySchema.shape,
      })
      .strict(),
    responses: {
      200: { description: 'Tasks', schema: pageOf(taskSummarySchema), example: { items: [taskSummaryExample], nextCursor: null } },
    },
    handler: async ({ query, deps }) => ({
      body: await listTasks(deps, query.status, { limit: query.limit, after: timeIdCursor(query.cursor) }),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/warehouse/tasks/:taskId',
    operationId: 'getWarehouseTask',
    tag: 'warehouse',
    summary: 'One task: address, units, identifiers and provisioning credentials (the pack slip)',
    access: ['warehouse'],
    params: taskParams,
    responses: taskResponse,
    handler: async ({ params, deps }) => ({ body: await taskView(deps, params.taskId) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/warehouse/tasks/:taskId/claim',
    operationId: 'claimWarehouseTask',
    tag: 'warehouse',
    summary: 'Take a task: one person at a time; a claim left idle expires (WAREHOUSE_CLAIM_SECONDS)',
    description: '409 task_claimed while someone else holds a live claim. Claiming again extends your own claim.',
    access: ['warehouse'],
    params: taskParams,
    responses: taskResponse,
    handler: async ({ principal, params, deps }) => ({ body: await claimTask(deps, principal, params.taskId) }),
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/warehouse/tasks/:taskId/claim',
    operationId: 'releaseWarehouseTask',
    tag: 'warehouse',
    summary: 'Give a task back',
    access: ['warehouse'],
    params: taskParams,
    responses: { 204: { description: 'Released' } },
    handler: async ({ principal, params, deps }) => {
      await releaseTask(deps, principal, params.taskId);
      return { status: 204 };
    },
  }),
  stepRoute('pick', 'Picked the units from the shelf', undefined, () => ({ step: 'pick' })),
  stepRoute(
    'scan',
    "Scan one unit's MAC address and serial number (pre-configured units get their provisioning profile)",
    {
      schema: z.object({ deviceId: uuidSchema, mac: z.string().min(1).max(40), serial: z.string().min(1).max(40) }).strict(),
      example: { deviceId: '8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14', mac: '00:0B:82:A1:B2:C3', serial: '20EZ8A1B2C3' },
    },
    (b) => ({ step: 'scan', ...b }),
  ),
  stepRoute(
    'pack',
    'Packed the parcel; each pre-configured phone must first have fetched its configuration at the test bench',
    {
      schema: z
        .object({
          override: z
            .object({ reason: z.string().trim().min(PACK_OVERRIDE_MIN_REASON).max(500) })
            .strict()
            .optional()
            .describe('Pack although a pre-configured phone has not fetched its configuration; the reason is kept on the unit'),
        })
        .strict(),
      example: { override: { reason: 'テストベンチのネットワーク障害のため、設定の取得を手動で確認しました' } },
    },
    (b) => ({ step: 'pack', ...(b.override ? { override: b.override } : {}) }),
  ),
  stepRoute(
    'ship',
    'Handed the parcel to the carrier (the customer is mailed the tracking number)',
    {
      schema: z.object({ carrier: z.enum(CARRIERS), trackingNumber: z.string().min(1).max(40) }).strict(),
      example: { carrier: 'yamato' as const, trackingNumber: '1234-5678-9012' },
    },
    (b) => ({ step: 'ship', ...b }),
  ),
  stepRoute('deliver', 'Record the delivery (normally the carrier reports it)', undefined, () => ({ step: 'deliver' })),
];
