// One HTTP request on a fresh connection, exactly as written: node:http sends the path as given
// (fetch would normalise `/graphql/../admin`), the body may be streamed without a length, and
// the answer is timed from before connecting to its last byte.
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawRequest {
  method?: string;
  /** Path and query string; the target URL's own by default. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent chunked, without a content-length: `count` chunks of `size` bytes. */
  stream?: { size: number; count: number };
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

export function rawRequest(target: string, r: RawRequest = {}): Promise<RawAnswer> {
  const url = new URL(target);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const req = request({
      host: url.hostname,
      port: url.port,
      method: r.method ?? 'GET',
      path: r.path ?? `${url.pathname}${url.search}`,
      headers: r.headers ?? {},
      agent: false,
    });
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
    });
    // Writing may fail once the server has answered and stopped reading (an oversized body).
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (!r.stream) {
      req.end(r.body);
      return;
    }
    const { size, count } = r.stream;
    const chunk = Buffer.alloc(size, 'a');
    void (async () => {
      for (let i = 0; i < count && !answered && !req.destroyed; i++) {
        if (!req.write(chunk)) await new Promise((done) => req.once('drain', done));
      }
      req.end();
    })();
  });
}
