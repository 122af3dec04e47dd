// The HTTP edge: /health, /ready, /graphql, /export/* and the built dashboard. Every /graphql
// and /export request runs in a request scope (requestScope.ts); anything that escapes is logged
// under its request id and answered 500.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { printSchema, type GraphQLSchema } from 'graphql';
import { BODY, badTarget, errorBody, exportsBusy } from '../errors/index.ts';
import type { GraphQLService } from '../graphql/server.ts';
import { answerExportPastDeadline, serveExport } from './exports.ts';
import { answerPastDeadline, serveGraphQL } from './graphqlEndpoint.ts';
import { inRequestScope, type ScopeDependencies } from './requestScope.ts';
import { serveStatic } from './static.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const sendJson = (
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void => {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(body);
};

const printed = new WeakMap<GraphQLSchema, string>();
const sdlOf = (schema: GraphQLSchema): string => {
  const sdl = printed.get(schema) ?? `${printSchema(schema)}\n`;
  printed.set(schema, sdl);
  return sdl;
};

export function createHandler(
  graphql: GraphQLService,
  deps: ScopeDependencies,
  trouble: () => string | null,
): Handler {
  const { config, log } = deps;
  // Exports being prepared in this process: each holds a whole file in memory and two
  // connections of the pool, so past the bound they wait for a retry instead.
  let exporting = 0;

  const route = async (requestId: string, req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendJson(res, 400, errorBody('BAD_REQUEST', badTarget()));
      return log.event('info', { requestId, status: 400, outcome: 'BAD_REQUEST' });
    }
    if (url.pathname === '/health') return sendJson(res, 200, JSON.stringify({ status: 'ok' }));
    if (url.pathname === '/ready') {
      const known = trouble();
      if (known)
        return sendJson(res, 503, JSON.stringify({ status: 'unavailable', reason: known }));
      try {
        await deps.graph.ping(1_000);
        return sendJson(res, 200, JSON.stringify({ status: 'ready' }));
      } catch (error) {
        const reason = `Neo4j does not answer: ${(error as Error).message}`;
        return sendJson(res, 503, JSON.stringify({ status: 'unavailable', reason }));
      }
    }
    // The SDL for tools that read a schema file (graphql-codegen, editors), when it is published.
    const reads = req.method === 'GET' || req.method === 'HEAD';
    if (url.pathname === '/schema.graphql' && reads && config.publishSchema) {
      res.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-cache',
      });
      return void res.end(req.method === 'HEAD' ? undefined : sdlOf(graphql.schema));
    }
    if (url.pathname.startsWith('/export/')) {
      if (exporting >= config.maxConcurrentExports) {
        sendJson(
          res,
          503,
          errorBody('SERVICE_UNAVAILABLE', exportsBusy(config.maxConcurrentExports)),
          {
            'retry-after': '5',
          },
        );
        return log.event('info', { requestId, export: url.pathname, status: 503, outcome: 'BUSY' });
      }
      exporting++;
      try {
        return await inRequestScope(
          requestId,
          req,
          res,
          deps,
          (scope) => serveExport(req, res, url, scope, { schema: graphql.schema, config }),
          () => answerExportPastDeadline(res, url, config.requestTimeoutMs),
        );
      } finally {
        exporting--;
      }
    }
    // The dashboard (/) and the playground (/playground), built into web/dist.
    if (await serveStatic(req, res, url.pathname)) return;
    if (url.pathname !== '/graphql') {
      return sendJson(res, 404, errorBody('NOT_FOUND', BODY.nothingAt(url.pathname)));
    }
    const endpoint = {
      graphql,
      bodyLimitBytes: config.bodyLimitBytes,
      maxResponseBytes: config.maxResponseBytes,
      requestTimeoutMs: config.requestTimeoutMs,
      curation: config.curation,
    };
    return inRequestScope(
      requestId,
      req,
      res,
      deps,
      (scope) => serveGraphQL(req, res, url, scope, endpoint),
      () => answerPastDeadline(res, config.requestTimeoutMs),
    );
  };

  return (req, res) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    route(requestId, req, res).catch((error: unknown) => {
      log.event('error', {
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
