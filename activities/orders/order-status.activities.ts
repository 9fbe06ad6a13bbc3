import type { NewOrder, OrdersStore, StatusChange } from '../../db/orders/orders.store';

/** Order status row activities, shared by every order workflow. */
export function createOrderStatusActivities(deps: { orders: OrdersStore }) {
  return {
    /** Makes sure the order's status row exists (the API may have crashed before writing it). */
    async recordOrder(order: NewOrder): Promise<void> {
      await deps.orders.ensure(order);
    },

    /** Records a status change once per event key. */
    async setOrderStatus(input: { orderId: string; change: StatusChange }): Promise<void> {
      await deps.orders.setStatus(input.orderId, input.change);
    },
  };
}
