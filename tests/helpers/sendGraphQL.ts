// GraphQL requests built by hand and sent raw (rawHttp.ts), for the hostile-request tests: any
// method, path, content type or body, and an answer read whatever it holds, with its first
// error's code and message picked out.
import type { IncomingHttpHeaders } from 'node:http';
import { rawRequest, type RawRequest } from './rawHttp.ts';

export const JSON_TYPE = { 'content-type': 'application/json' };

export interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Outcome {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  body: Body;
  /** errors[0].extensions.code, 'NO_CODE' for an error without one, null without errors. */
  code: string | null;
  message: string;
  ms: number;
}

export type Send = RawRequest;

/** A POST to /graphql: `body` as JSON, or as written when it is a string. */
export const post = (body: unknown, headers: Record<string, string> = JSON_TYPE): Send => ({
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A GET of /graphql with `params` in the query string; with the CSRF preflight header by default. */
export const get = (
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Send => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams(params).toString()}`,
  headers,
});

/** One request on a fresh connection (a POST to /graphql unless `s` says otherwise), timed. */
export async function send(base: string, s: Send): Promise<Outcome> {
  const answer = await rawRequest(base, {
    ...s,
    method: s.method ?? 'POST',
    path: s.path ?? '/graphql',
  });
  const text = answer.body.toString('utf8');
  let body: Body = {};
  try {
    body = JSON.parse(text) as Body;
  } catch {
    // left empty: the content-type assertion reports it
  }
  const first = body.errors?.[0];
  return {
    status: answer.status,
    headers: answer.headers,
    text,
    body,
    code: first ? (first.extensions?.code ?? 'NO_CODE') : null,
    message: first?.message ?? '',
    ms: answer.ms,
  };
}
