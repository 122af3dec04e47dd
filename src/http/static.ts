// The built dashboard and playground (web/dist): `/` the dashboard, `/playground` GraphiQL,
// `/assets/…` the bundles. Only paths that name a page or a file with an extension are looked
// up, so API paths never touch the disk; anything not found falls through to the API's 404.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/playground': 'playground.html',
  '/playground/': 'playground.html',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

// Vite names every file under assets/ after a hash of its content: it never changes in place.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Pages and unhashed files may change with the next build: revalidate each time (ETag → 304).
const REVALIDATE = 'no-cache';

// The pages may only load what this server serves; that also keeps them off any CDN.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Serves the file the request names, if any; false when it is none of ours. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  root: string = DIST,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const relative = PAGES[pathname] ?? fileWithin(pathname);
  if (!relative) return false;
  const file = join(root, relative);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (!PAGES[pathname]) return false;
    res.writeHead(503, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(
      'The dashboard is not built yet: run `npm run build:web` (npm start does it for you).\n',
    );
    return true;
  }

  const extension = extname(file);
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'cache-control': relative.startsWith(`assets${sep}`) ? IMMUTABLE : REVALIDATE,
    etag,
    'x-content-type-options': 'nosniff',
    ...(extension === '.html' ? { 'content-security-policy': PAGE_POLICY } : {}),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }

  let body: Buffer = await readFile(file);
  if (COMPRESSIBLE.has(extension) && body.length > 1024) {
    headers.vary = 'accept-encoding';
    const encoding = acceptedEncoding(req.headers['accept-encoding']);
    if (encoding) {
      body = await compressed(file, info.mtimeMs, body, encoding);
      headers['content-encoding'] = encoding;
    }
  }
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * The path relative to the root when it names a file with an extension and stays inside the
 * root: no `..`, no hidden files, no backslashes or NUL bytes, however they are encoded.
 */
export function fileWithin(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!extname(decoded) || /[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.'))) return null;
  const relative = normalize(segments.join(sep));
  return relative.startsWith('..') || relative.startsWith(sep) ? null : relative;
}

type Encoding = 'br' | 'gzip';

/** br when the client takes it, else gzip, else none (a q=0 refuses an encoding). */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const offered = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const takes = (e: string): boolean => (offered.get(e) ?? offered.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return null;
}

// Compressed once per file and build (the key holds the modification time), then from memory.
const cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function compressed(file: string, mtimeMs: number, body: Buffer, encoding: Encoding) {
  const key = `${file}\n${encoding}`;
  const hit = cache.get(key);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const result =
    encoding === 'br'
      ? brotli(body, {
          params: {
            // Quality 5 of 11: within 10% of the smallest file, in a few ms instead of seconds,
            // so even the first request for a bundle is answered quickly.
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipAsync(body, { level: 9 });
  cache.set(key, { mtimeMs, body: result });
  result.catch(() => cache.delete(key));
  return result;
}
