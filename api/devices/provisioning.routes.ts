import { z } from 'zod';
import { problem } from '../http/problem';
import { defineRoute } from '../http/route';
import { fetchConfig } from './provisioning.service';

/** The configuration server the phones are pointed at (Grandstream's "Config Server Path"). */
export const provisioningRoutes = [
  defineRoute({
    method: 'get',
    path: '/provisioning/:file',
    operationId: 'getDeviceConfiguration',
    tag: 'devices',
    summary: 'A pre-configured phone fetches cfg<mac>.xml (gs_provision), with its own HTTP basic credentials',
    description:
      "The MAC may be upper or lower case. 404 for a MAC without a profile, 401 without the unit's credentials (printed on the pack slip). Rendered from the uniques' current settings at every fetch; each fetch is logged.",
    access: 'public',
    params: z.object({ file: z.string().max(64) }),
    responses: {
      200: { description: 'The gs_provision XML file (application/xml)' },
      401: { description: 'Credentials missing or wrong' },
    },
    handler: async ({ params, headers, ip, lang, requestId, deps }) => {
      const userAgent = typeof headers['user-agent'] === 'string' ? headers['user-agent'].slice(0, 300) : null;
      const result = await fetchConfig(deps, params.file, headers.authorization as string | undefined, { ip, userAgent });
      if (!result.ok) {
        return {
          status: 401,
          headers: { 'WWW-Authenticate': 'Basic realm="provisioning", charset="UTF-8"' },
          contentType: 'application/problem+json',
          body: problem(401, 'provisioning_unauthorized', lang, requestId, { base: deps.config.publicBaseUrl }),
        };
      }
      return { body: result.xml, contentType: 'application/xml; charset=utf-8' };
    },
  }),
];
