// Outside tools read the schema of a running development server: the standard introspection
// query is answered, get-graphql-schema writes the SDL and exits 0, graphql-codegen generates
// types from the URL with the README's config, and /schema.graphql serves the same SDL. In
// production introspection stays off and the SDL is served only with PUBLISH_SCHEMA=true.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

let api: TestApi;
let work: string;
beforeAll(async () => {
  api = await startTestApi({ NODE_ENV: 'development' });
  work = mkdtempSync(join(tmpdir(), 'cixi-tools-'));
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await api?.close();
});

const sdlUrl = (): string => api.url.replace(/\/graphql$/, '/schema.graphql');

describe('the schema for outside tools, in development', { timeout: 90_000 }, () => {
  it('answers the standard introspection query, all 15 levels of it', async () => {
    const { data, errors } = await api.query<{ __schema: { types: { name: string }[] } }>(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    expect(errors).toBeUndefined();
    const names = data?.__schema.types.map((t) => t.name);
    expect(names).toContain('Enterprise');
    expect(names).toContain('Subgraph');
  });

  it('serves the SDL at /schema.graphql, the schema the API runs', async () => {
    const res = await fetch(sdlUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const sdl = await res.text();
    expect(sdl).toContain('type Query {');
    expect(sdl).toContain('collaborationPaths(');
    expect(printSchema(buildSchema(sdl))).toBe(sdl.trimEnd());
  });

  it('npx get-graphql-schema writes the SDL and exits 0', async () => {
    const { stdout, stderr } = await run(bin('get-graphql-schema'), [api.url], { cwd: work });
    expect(stderr).toBe('');
    const served = await (await fetch(sdlUrl())).text();
    // The same schema; get-graphql-schema (with its own graphql 14) sorts the types by name and
    // words descriptions its own way, so compare the schemas both describe, sorted alike.
    const sorted = (sdl: string): string => printSchema(lexicographicSortSchema(buildSchema(sdl)));
    expect(sorted(stdout)).toBe(sorted(served));
    expect(stdout).toContain('type Query {');
  });

  it.each([
    ['the introspection endpoint', () => api.url],
    ['the SDL', sdlUrl],
  ])(
    'npx graphql-codegen generates types from %s with examples/tools/codegen.yml',
    async (_, url) => {
      const out = join(work, `types-${Math.random().toString(36).slice(2)}.ts`);
      await run(bin('graphql-codegen'), ['--config', 'examples/tools/codegen.yml'], {
        cwd: ROOT,
        env: { ...process.env, CIXI_SCHEMA_URL: url(), CIXI_TYPES_OUT: out },
      });
      const types = readFileSync(out, 'utf8');
      expect(types).toContain('export type Enterprise = Entity & {');
      // An operation of examples/ typed against the live schema.
      expect(types).toContain('export type WustToHuanchiPathsQuery = {');
    },
  );
});

describe('the schema in production', { timeout: 30_000 }, () => {
  it('keeps introspection off and does not serve the SDL by default', async () => {
    const production = await startTestApi({ NODE_ENV: 'production' });
    try {
      const { errors } = await production.query('{ __schema { queryType { name } } }');
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const res = await fetch(production.url.replace(/\/graphql$/, '/schema.graphql'));
      expect(res.status).toBe(404);
      expect(
        ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
          .code,
      ).toBe('NOT_FOUND');
    } finally {
      await production.close();
    }
  });

  it('serves the SDL with PUBLISH_SCHEMA=true, introspection still off', async () => {
    const production = await startTestApi({ NODE_ENV: 'production', PUBLISH_SCHEMA: 'true' });
    try {
      const res = await fetch(production.url.replace(/\/graphql$/, '/schema.graphql'));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('type Query {');
      const { errors } = await production.query('{ __schema { queryType { name } } }');
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });
});
