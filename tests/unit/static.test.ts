// The dashboard's file server on a throwaway folder: pages and assets with the right types,
// long caching only for hashed assets, compression when asked, 304 on a matching ETag, and
// nothing outside the folder, however the path is spelled.
import { createServer, type Server } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncoding, fileWithin, serveStatic } from '../../src/http/static.ts';
import { tempDir } from '../helpers/files.ts';
import { rawRequest, type RawAnswer } from '../helpers/rawHttp.ts';

const root = tempDir('static');
const script = `console.log(${JSON.stringify('慈溪'.repeat(1000))});\n`;
let server: Server;
let port: number;

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(root, 'playground.html'), '<!doctype html><title>playground</title>');
  writeFileSync(join(root, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(tmpdir(), 'cixi-static-secret.txt'), 'secret');
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    void serveStatic(req, res, pathname, root).then((served) => {
      if (!served) res.writeHead(404).end('fell through');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'cixi-static-secret.txt'), { force: true });
});

/** A raw request, so paths reach the server exactly as written (no client normalisation). */
const get = (
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawAnswer> => rawRequest(`http://127.0.0.1:${port}`, { path, headers, method });

describe('serving the built dashboard', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'dashboard'],
    ['/playground', 'text/html; charset=utf-8', 'playground'],
    ['/favicon.svg', 'image/svg+xml', '<svg/>'],
  ])('GET %s answers %s', async (path, type, text) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toContain(text);
  });

  it('pages forbid loading anything from another origin', async () => {
    const res = await get('/');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('hashed assets are cached for a year and compressed as the client asks', async () => {
    const plain = await get('/assets/app-abc123.js');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    const br = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
  });

  it('a matching ETag gets 304 with no body; HEAD gets headers only', async () => {
    const first = await get('/');
    const again = await get('/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it.each([
    '/../cixi-static-secret.txt',
    '/assets/../../cixi-static-secret.txt',
    '/assets/..%2f..%2fcixi-static-secret.txt',
    '/%2e%2e/cixi-static-secret.txt',
    '/assets/..%5c..%5ccixi-static-secret.txt',
    '/.hidden.txt',
    '/nothing-here.js',
    '/graphql',
    '/assets',
  ])('%s is not served from the folder (it falls through to the API)', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe('fell through');
  });

  it('POST is left to the API', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(404);
  });
});

describe('which encoding a client accepts', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    ['gzip;q=0', null],
  ])('%s → %s', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});

describe('which paths name a file inside the folder', () => {
  it.each([
    ['/assets/app.js', join('assets', 'app.js')],
    ['/favicon.svg', 'favicon.svg'],
    ['/a/b/../c.css', null],
    ['/%E0%A4%A', null],
    ['/no-extension', null],
    ['/x%00.js', null],
  ])('%s → %s', (path, expected) => {
    expect(fileWithin(path)).toBe(expected);
  });
});
