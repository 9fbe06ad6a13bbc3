import { ApiProblem } from '../../../shared/api-client';
import type { WarehouseStep, WarehouseTaskStatus, WarehouseTaskSummary } from '../../../shared/api-client';
import { CARRIERS } from '../../../../domain/devices/catalog';
import type { StaffMessage, T } from '../../messages';

/** The steps a task goes through, in order. */
export const STEPS = ['pick', 'scan', 'pack', 'ship', 'deliver'] as const;

/** The carriers the warehouse hands parcels to, each with its name on screen. */
export const CARRIER_LABELS: Record<(typeof CARRIERS)[number], StaffMessage> = {
  yamato: 'whCarrier_yamato',
  sagawa: 'whCarrier_sagawa',
  japanpost: 'whCarrier_japanpost',
};

/** A carrier's name, or its code when the screens do not know it yet. */
export const carrierName = (t: T, carrier: string) =>
  carrier in CARRIER_LABELS ? t(CARRIER_LABELS[carrier as keyof typeof CARRIER_LABELS]) : carrier;

/** The task statuses the list can show. */
export const STATUSES: readonly WarehouseTaskStatus[] = ['open', 'in_transit', 'done', 'cancelled'];

/** An order as people on the floor say it: the first eight characters of its ID. */
export const shortOrder = (orderId: string) => orderId.slice(0, 8).toUpperCase();

/** What to do next on a task, in words. */
export function nextInWords(t: T, task: Pick<WarehouseTaskSummary, 'status' | 'step' | 'model' | 'quantity' | 'modelName'>): string {
  if (task.status === 'done') return t('whNext_done');
  if (task.status === 'cancelled') return t('whNext_cancelled');
  const step: WarehouseStep = task.step;
  return step === 'none' ? t('whNext_done') : t(`whNext_${step}`, { model: task.modelName || task.model, quantity: task.quantity });
}

/** A MAC as its label prints it: 00:0B:82:12:34:56. */
export const macForPeople = (mac: string) => mac.toUpperCase().match(/../g)!.join(':');

/** The API's words for a refusal, or the error's own message. */
export const problemText = (err: unknown) => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

/** The API's machine code for a refusal, if it was one. */
export const problemCode = (err: unknown) => (err instanceof ApiProblem ? err.problem.code : undefined);
