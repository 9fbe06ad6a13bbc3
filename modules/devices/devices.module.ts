import { createDevicesActivities } from '../../activities/devices';
import { devicesMailTemplates } from '../../activities/devices/devices-mail-templates';
import { deviceRoutes } from '../../api/devices/devices.routes';
import { devicesMessages } from '../../api/devices/messages';
import { provisioningRoutes } from '../../api/devices/provisioning.routes';
import { stockRoutes } from '../../api/devices/stock.routes';
import { warehouseRoutes } from '../../api/devices/warehouse.routes';
import { seedDeviceModels } from '../../db/devices/devices.store';
import type { DomainModule } from '../domain-module';

/** Devices: the catalog, device orders, the warehouse's pick-scan-pack-ship, provisioning files. */
export const devicesModule: DomainModule = {
  name: 'devices',
  routes: [...deviceRoutes, ...warehouseRoutes, ...provisioningRoutes, ...stockRoutes],
  messages: devicesMessages,
  activities: createDevicesActivities,
  workflows: ['devicesOrderWorkflow'],
  mailTemplates: devicesMailTemplates,
  seeders: [seedDeviceModels],
};
