import { z } from 'zod';
import { CARRIERS } from '../../domain/devices/catalog';
import { shipmentSchema } from './present';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { claimTask, completeStep, listTasks, releaseTask, taskView, type StepRequest } from './warehouse.service';

/** Who holds a task, since when, and until when the claim lasts unless a step extends it. */
const claimSchema = z
  .object({ staffId: z.uuid(), staffName: z.string(), claimedAt: z.iso.datetime(), expiresAt: z.iso.datetime() })
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
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const taskSchema = taskSummarySchema.extend({
  shipTo: z.object({ name: z.string(), postalCode: z.string(), address: z.string(), phone: z.string() }),
  devices: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      status: z.string(),
      mac: z.string().nullable(),
      serial: z.string().nullable(),
      scannedAt: z.iso.datetime().nullable(),
      uniques: z.array(z.object({ slot: z.number().int(), code: z.string().nullable() })),
      provisioning: z.object({ configServer: z.string(), fileUrl: z.string(), username: z.string(), password: z.string() }).nullable(),
    }),
  ),
  shipment: shipmentSchema.nullable(),
});

const taskParams = z.object({ taskId: uuidSchema });
const taskResponse = { 200: { description: 'The task as the pack slip shows it', schema: taskSchema } };

/** A staff step route: same access, parameters and answer; only the body differs. */
function stepRoute<B>(step: StepRequest['step'], summary: string, body: z.ZodType<B> | undefined, toRequest: (b: B) => StepRequest) {
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
    ...(body ? { body } : {}),
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
        limit: z.coerce.number().int().min(1).max(200).default(50),
      })
      .strict(),
    responses: { 200: { description: 'Tasks', schema: z.object({ items: z.array(taskSummarySchema) }) } },
    handler: async ({ query, deps }) => ({ body: { items: await listTasks(deps, query.status, query.limit) } }),
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
    z.object({ deviceId: uuidSchema, mac: z.string().min(1).max(40), serial: z.string().min(1).max(40) }).strict(),
    (b) => ({ step: 'scan', ...b }),
  ),
  stepRoute('pack', 'Packed the parcel', undefined, () => ({ step: 'pack' })),
  stepRoute(
    'ship',
    'Handed the parcel to the carrier (the customer is mailed the tracking number)',
    z.object({ carrier: z.enum(CARRIERS), trackingNumber: z.string().min(1).max(40) }).strict(),
    (b) => ({ step: 'ship', ...b }),
  ),
  stepRoute('deliver', 'Record the delivery (normally the carrier reports it)', undefined, () => ({ step: 'deliver' })),
];
