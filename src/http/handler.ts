// The HTTP edge: /health, /ready and /graphql. Bodies are read here under a size limit so that
// oversized or malformed requests get a JSON error, never an HTML page or a stack trace.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';
import { createLoaders } from '../data/loaders.ts';
import { readBody, discardRest, BodyError, ClientGone } from './body.ts';
import { serveExport } from './exports.ts';
import { serveStatic } from './static.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface HandlerDependencies {
  config: Config;
  graph: Graph;
  log: Logger;
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(body));
};

const errorBody = (code: string, message: string): unknown => ({
  errors: [{ message, extensions: { code } }],
});

export function createHandler(apollo: ApolloServer<Context>, deps: HandlerDependencies): Handler {
  return (req, res) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    handle(apollo, deps, requestId, req, res).catch((error: unknown) => {
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

async function handle(
  apollo: ApolloServer<Context>,
  { config, graph, log }: HandlerDependencies,
  requestId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/ready') {
    try {
      await graph.read('RETURN 1 AS ok', {}, 1_000);
      return sendJson(res, 200, { status: 'ready' });
    } catch (error) {
      return sendJson(res, 503, {
        status: 'unavailable',
        reason: `Neo4j does not answer: ${(error as Error).message}`,
      });
    }
  }
  if (url.pathname.startsWith('/export/'))
    return serveExport(req, res, url, { config, graph, log });
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

  const started = performance.now();
  let body: unknown;
  try {
    body = await readBody(req, config.bodyLimitBytes);
  } catch (error) {
    if (error instanceof ClientGone) {
      log.event('info', { requestId, outcome: 'client gone mid-body', clientGone: true });
      return;
    }
    if (!(error instanceof BodyError)) throw error;
    sendJson(res, error.status, errorBody('BAD_REQUEST', error.message));
    // An oversized body is answered before it is all sent: drop the rest for a moment so the
    // client reads the 413 instead of a broken pipe, then cut it off.
    if (error.status === 413) discardRest(req, 1_000);
    log.event('info', { requestId, status: error.status, outcome: 'BAD_REQUEST' });
    return;
  }

  // The request's deadline, and the client going away, both cancel its Neo4j work.
  const controller = new AbortController();
  // Each statement in flight listens for the abort; a batched request may run more than
  // Node's default of 10 at once.
  setMaxListeners(200, controller.signal);
  const deadline = setTimeout(() => controller.abort(), config.requestTimeoutMs);
  let clientGone = false;
  res.on('close', () => {
    if (res.writableFinished) return;
    clientGone = true;
    controller.abort();
  });
  let statements = 0;
  const requestGraph = graph.withOptions({
    signal: controller.signal,
    onStatement: () => statements++,
  });
  try {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({
        requestId,
        graph: requestGraph,
        loaders: createLoaders(requestGraph),
      }),
    });
    const status = result.status ?? 200;
    res.statusCode = status;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    let text = '';
    if (result.body.kind === 'complete') text = result.body.string;
    else for await (const chunk of result.body.asyncIterator) text += chunk;
    res.end(text);
    log.event('info', {
      requestId,
      operationName: operationName(body, url),
      status,
      durationMs: Math.round(performance.now() - started),
      statements,
      outcome: errorCodes(text),
      ...(clientGone ? { clientGone: true } : {}),
    });
  } finally {
    clearTimeout(deadline);
  }
}

function operationName(body: unknown, url: URL): string | null {
  const name =
    (body as { operationName?: unknown } | undefined)?.operationName ??
    url.searchParams.get('operationName');
  return typeof name === 'string' ? name : null;
}

/** "ok", or the error codes of the response, for the request log. */
function errorCodes(text: string): string {
  if (!text.includes('"errors"')) return 'ok';
  try {
    const { errors } = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return (
      [...new Set((errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN'))].join(',') || 'ok'
    );
  } catch {
    return 'unparsed';
  }
}
