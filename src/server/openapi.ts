import { z } from 'zod';
import type { RegisteredRoute } from '../http/api-route.js';

function schemaOf(type: z.ZodType | undefined) {
  return type ? z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' }) : undefined;
}

function parametersOf(route: RegisteredRoute) {
  const params: object[] = [];
  for (const [where, type] of [['path', route.params], ['query', route.query]] as const) {
    const schema = schemaOf(type) as { properties?: Record<string, object>; required?: string[] } | undefined;
    for (const [name, property] of Object.entries(schema?.properties ?? {})) {
      params.push({ name, in: where, required: where === 'path' || (schema?.required ?? []).includes(name), schema: property });
    }
  }
  return params;
}

/** OpenAPI 3.1 built from the same zod schemas that validate requests and (in tests) replies. */
export function buildOpenApi(routes: RegisteredRoute[], version: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: route.tags,
      parameters: parametersOf(route),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } } } : {}),
      responses: {
        ...(route.reply
          ? { '2XX': { description: '成功', content: { 'application/json': { schema: schemaOf(route.reply) } } } }
          : {}),
        default: {
          description: '出错时：{ error: { code, message, details } }',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      security: route.apiKeyHeader ? [{ intakeKey: [] }] : route.permission === 'public' ? [] : [{ session: [] }],
      'x-permission': route.permission,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'JJLD 食品安全监检联动平台 API', version },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'jjld_session' },
        // Outside systems (the 12345 hotline) on /open311/v2: a key from POST /api/intake-keys.
        intakeKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'details'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
  };
}
