import type { RouteDef } from '../http/route';

/** (placeholder: filled by the feature that owns it) */
export const bankStatementRoutes: RouteDef[] = [];
