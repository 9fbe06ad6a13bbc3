/** The kinds of order the system runs. */
export const ORDER_KINDS = ['topup', 'services', 'devices', 'overseas_number'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];
