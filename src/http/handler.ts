// The HTTP edge: /health, /ready, /graphql, /export/*, /schema.graphql and the built dashboard.
// Every /graphql and /export request runs in a request scope (requestScope.ts); anything that
// escapes is logged under its request id and answered 500.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { printSchema, type GraphQLSchema } from 'graphql';
import { errorBody } from '../errors.ts';
import type { GraphQLService } from '../graphql/server.ts';
import { serveExport } from './exports.ts';
import { serveGraphQL } from './graphqlEndpoint.ts';
import { inRequestScope, type ScopeDependencies } from './requestScope.ts';
import { serveStatic } from './static.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const sendJson = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body);
};

const printed = new WeakMap<GraphQLSchema, string>();
const sdlOf = (schema: GraphQLSchema): string => {
  const sdl = printed.get(schema) ?? `${printSchema(schema)}\n`;
  printed.set(schema, sdl);
  return sdl;
};

export function createHandler(graphql: GraphQLService, deps: ScopeDependencies): Handler {
  return (req, res) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    route(graphql, deps, requestId, req, res).catch((error: unknown) => {
      deps.log.event('error', {
        requestId,
        message: (error as Error).message,
        stack: (error as Error).stack,
      });
      if (!res.headersSent)
        sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
      else res.destroy();
    });
  };
}

async function route(
  graphql: GraphQLService,
  deps: ScopeDependencies,
  requestId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendJson(res, 200, JSON.stringify({ status: 'ok' }));
  if (url.pathname === '/ready') {
    try {
      await deps.graph.ping(1_000);
      return sendJson(res, 200, JSON.stringify({ status: 'ready' }));
    } catch (error) {
      return sendJson(
        res,
        503,
        JSON.stringify({
          status: 'unavailable',
          reason: `Neo4j does not answer: ${(error as Error).message}`,
        }),
      );
    }
  }
  // The SDL for tools that read a schema file (graphql-codegen, editors), when it is published.
  const reads = req.method === 'GET' || req.method === 'HEAD';
  if (url.pathname === '/schema.graphql' && reads && deps.config.publishSchema) {
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-cache',
    });
    return void res.end(req.method === 'HEAD' ? undefined : sdlOf(graphql.schema));
  }
  if (url.pathname.startsWith('/export/'))
    return inRequestScope(requestId, res, deps, (scope) =>
      serveExport(req, res, url, scope, { schema: graphql.schema, config: deps.config }),
    );
  // The dashboard (/) and the playground (/playground), built into web/dist.
  if (await serveStatic(req, res, url.pathname)) return;
  if (url.pathname !== '/graphql') {
    return sendJson(
      res,
      404,
      errorBody(
        'NOT_FOUND',
        `Nothing at ${url.pathname}: the API is at /graphql; /health and /ready report status.`,
      ),
    );
  }
  return inRequestScope(requestId, res, deps, (scope) =>
    serveGraphQL(req, res, url, scope, graphql, deps.config.bodyLimitBytes),
  );
}
