// POST and GET /graphql: the body read under its size limit (so oversized or malformed requests
// get a JSON error, never an HTML page), persisted-query extensions checked, then Apollo, in the
// request's scope, and an answer no larger than MAX_RESPONSE_BYTES.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { Config } from '../config.ts';
import { errorBody, pastDeadline, PERSISTED_QUERY, responseTooLarge } from '../errors/index.ts';
import { ROLES, type Principal } from '../data/keys.ts';
import { createContext } from '../graphql/context.ts';
import type { GraphQLService } from '../graphql/server.ts';
import { BodyError, ClientGone, discardRest, readBody } from './body.ts';
import type { Outcome, RequestScope } from './requestScope.ts';

export interface GraphQLEndpoint {
  graphql: GraphQLService;
  bodyLimitBytes: number;
  maxResponseBytes: number;
  requestTimeoutMs: number;
  curation: Config['curation'];
}

const sendJson = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(text);
};

export async function serveGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  scope: RequestScope,
  endpoint: GraphQLEndpoint,
): Promise<Outcome | null> {
  let body: unknown;
  try {
    body = await readBody(req, bodyLimitOf(scope.principal, endpoint));
  } catch (error) {
    if (error instanceof ClientGone)
      return { status: 0, outcome: 'client gone mid-body', clientGone: true };
    if (!(error instanceof BodyError)) throw error;
    sendJson(res, error.status, errorBody('BAD_REQUEST', error.message));
    // An oversized body is answered before it is all sent: drop the rest for a moment so the
    // client reads the 413 instead of a broken pipe, then cut it off.
    if (error.status === 413) discardRest(req, 1_000);
    return { status: error.status, outcome: 'BAD_REQUEST' };
  }
  const refusal = persistedQueryRefusal(body, url);
  if (refusal) {
    sendJson(res, 400, errorBody(refusal.code, refusal.message));
    return { status: 400, outcome: refusal.code };
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await endpoint.graphql.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(scope, endpoint),
  });
  let text = '';
  if (result.body.kind === 'complete') text = result.body.string;
  else for await (const chunk of result.body.asyncIterator) text += chunk;
  // Answered already, at the deadline (requestScope.ts).
  if (res.headersSent) return null;
  const operation = operationName(body, url);
  const bytes = Buffer.byteLength(text);
  if (bytes > endpoint.maxResponseBytes) {
    const error = responseTooLarge(bytes, endpoint.maxResponseBytes);
    sendJson(res, 200, errorBody('QUERY_TOO_COMPLEX', error.message));
    return { operationName: operation, status: 200, outcome: 'QUERY_TOO_COMPLEX', bytes };
  }
  const status = result.status ?? 200;
  res.statusCode = status;
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.end(text);
  return { operationName: operation, status, outcome: errorCodes(text) };
}

/**
 * The body a request may send: BODY_LIMIT_BYTES, or for a curator's key (or above) room for one
 * report of DOCUMENT_MAX_BYTES as addDocument takes it, base64 (4/3 of the bytes) in a JSON
 * body with its query. The key is known before the body is read, so an anonymous client never
 * gets the larger limit.
 */
export function bodyLimitOf(
  principal: Principal,
  endpoint: Pick<GraphQLEndpoint, 'bodyLimitBytes' | 'curation'>,
): number {
  if (!principal || ROLES.indexOf(principal.role) < ROLES.indexOf('curator'))
    return endpoint.bodyLimitBytes;
  const report = Math.ceil((endpoint.curation.documentMaxBytes * 4) / 3) + 64 * 1024;
  return Math.max(endpoint.bodyLimitBytes, report);
}

/** The answer at the deadline, whatever the request's statements are still waiting for. */
export function answerPastDeadline(res: ServerResponse, requestTimeoutMs: number): Outcome {
  if (res.headersSent) res.destroy();
  else sendJson(res, 200, errorBody('TIMEOUT', pastDeadline(requestTimeoutMs).message));
  return { status: 200, outcome: 'TIMEOUT', pastDeadline: true };
}

/**
 * Apollo's automatic persisted queries, checked before Apollo sees them: Apollo answers a wrong
 * version or hash with errors that carry no code, which would reach the client as internal.
 */
function persistedQueryRefusal(
  body: unknown,
  url: URL,
): { code: 'PERSISTED_QUERY_NOT_SUPPORTED' | 'BAD_REQUEST'; message: string } | null {
  const fields = (body ?? {}) as { extensions?: unknown; query?: unknown };
  let extensions = fields.extensions;
  const inUrl = url.searchParams.get('extensions');
  if (extensions === undefined && inUrl !== null) {
    try {
      extensions = JSON.parse(inUrl);
    } catch {
      return null; // Apollo refuses malformed JSON itself, with a code
    }
  }
  const persisted = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
  if (persisted === undefined) return null;
  const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1)
    return { code: 'PERSISTED_QUERY_NOT_SUPPORTED', message: PERSISTED_QUERY.version };
  if (typeof sha256Hash !== 'string' || !/^[0-9a-f]{64}$/.test(sha256Hash))
    return { code: 'BAD_REQUEST', message: PERSISTED_QUERY.hash };
  const query = fields.query ?? url.searchParams.get('query') ?? undefined;
  if (typeof query === 'string' && createHash('sha256').update(query).digest('hex') !== sha256Hash)
    return { code: 'BAD_REQUEST', message: PERSISTED_QUERY.mismatch };
  return null;
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
