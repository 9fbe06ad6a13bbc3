import { z } from 'zod';
import { defineRoute } from '../http/route';

/** Where a program starts: the API's version and the documents that describe it. */
export const indexRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1',
    operationId: 'apiIndex',
    tag: 'system',
    summary: 'The API root: its version and links to the reference, the OpenAPI document and the health check',
    access: 'public',
    responses: {
      200: {
        description: 'Links',
        schema: z.object({
          name: z.string(),
          version: z.literal('v1'),
          links: z.object({ docs: z.string(), openapi: z.string(), health: z.string() }),
        }),
      },
    },
    handler: async ({ deps }) => {
      const base = deps.config.publicBaseUrl.replace(/\/$/, '');
      return {
        body: {
          name: 'Cloud PBX API',
          version: 'v1' as const,
          links: { docs: `${base}/docs`, openapi: `${base}/openapi.json`, health: `${base}/health` },
        },
      };
    },
  }),
];
