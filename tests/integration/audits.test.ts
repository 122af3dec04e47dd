// GraphQL over HTTP conformance: graphql-http's server audits against the running API. Every
// MUST audit passes; the SHOULD and MAY audits that do not pass are the deliberate choices
// listed below, each with its reason, so a new deviation fails the test.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

const audits = serverAudits({ url: () => api.url });
const must = audits.filter((a) => a.name.startsWith('MUST'));
const others = audits.filter((a) => !a.name.startsWith('MUST'));

/** The SHOULD and MAY audits this API does not pass on purpose. */
const DEVIATIONS: Record<string, string> = {
  // Apollo answers 400 to a document that does not parse or validate, and to variables that do
  // not coerce, whatever the accept header; clients get a status that says "your request".
  'SHOULD use 200 status code on document parsing failure when accepting application/json':
    'Apollo answers 400',
  'SHOULD use 200 status code on document validation failure when accepting application/json':
    'Apollo answers 400',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json':
    'Apollo answers 400',
  // CSRF prevention: a GET without a preflight header (a "simple" request a browser sends
  // cross-site without asking) is refused, so a bare URL-encoded GET is not executed.
  'MAY accept application/x-www-form-urlencoded formatted GET requests':
    'CSRF prevention: GET needs a preflight header',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json':
    'CSRF prevention: GET needs a preflight header',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json':
    'CSRF prevention: GET needs a preflight header',
};

const reasonOf = (r: AuditResult): string => (r.status === 'ok' ? '' : r.reason);

describe('GraphQL over HTTP audits (graphql-http)', () => {
  it('runs the MUST audits', () => {
    expect(must.length).toBeGreaterThanOrEqual(10);
  });

  it.each(must.map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, reasonOf(result)).toBe('ok');
  });

  it('passes every SHOULD and MAY audit except the listed deviations', async () => {
    const failed: Record<string, string> = {};
    for (const audit of others) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed[audit.name] = `${result.status}: ${reasonOf(result)}`;
    }
    const passed = others.length - Object.keys(failed).length;
    process.stdout.write(
      `graphql-http audits: ${must.length} MUST passed; ${passed} of ${others.length} SHOULD/MAY passed; not passed:\n${Object.entries(
        failed,
      )
        .map(([name, why]) => `  ${name} (${why}; ${DEVIATIONS[name] ?? 'NOT EXPECTED'})`)
        .join('\n')}\n`,
    );
    expect(Object.keys(failed).sort()).toEqual(Object.keys(DEVIATIONS).sort());
  });
});
