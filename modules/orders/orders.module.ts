import { orderNoticeTemplates } from '../../activities/mail/order-notice-templates';
import { createOrderStatusActivities } from '../../activities/orders/order-status.activities';
import { orderRoutes } from '../../api/orders/orders.routes';
import type { DomainModule } from '../domain-module';

/** Orders: the status rows and timelines every order kind shares. */
export const ordersModule: DomainModule = {
  name: 'orders',
  routes: orderRoutes,
  activities: ({ stores }) => createOrderStatusActivities({ orders: stores.orders }),
  mailTemplates: orderNoticeTemplates,
};
