import { z } from 'zod';
import { defineRoute } from '../http/route';

/** Where a program starts: the API's version and the documents that describe it. */
export const indexRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1',
    operationId: 'apiIndex',
    tag: 'system',
    summary: 'The API root: its version and links to the reference, the OpenAPI document, the health check and the problem codes',
    access: 'public',
    responses: {
      200: {
        description: 'Links',
        schema: z.object({
          name: z.string(),
          version: z.literal('v1'),
          links: z.object({ docs: z.string(), openapi: z.string(), health: z.string(), problems: z.string() }),
        }),
        example: {
          name: 'Cloud PBX API',
          version: 'v1',
          links: {
            docs: 'https://api.pbx.example.jp/docs',
            openapi: 'https://api.pbx.example.jp/openapi.json',
            health: 'https://api.pbx.example.jp/health',
            problems: 'https://api.pbx.example.jp/docs/problems',
          },
        },
      },
    },
    handler: async ({ deps }) => {
      const base = deps.config.publicBaseUrl.replace(/\/$/, '');
      return {
        body: {
          name: 'Cloud PBX API',
          version: 'v1' as const,
          links: { docs: `${base}/docs`, openapi: `${base}/openapi.json`, health: `${base}/health`, problems: `${base}/docs/problems` },
        },
      };
    },
  }),
];
