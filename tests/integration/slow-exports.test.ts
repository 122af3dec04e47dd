// Exports and the clients that download them: only MAX_CONCURRENT_EXPORTS are prepared at once
// (the rest are told to retry, while other requests go on as usual), and a client that stops
// reading is cut off instead of keeping its answer in memory.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createHttpServer } from '../../src/http/listen.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ MAX_CONCURRENT_EXPORTS: '2' });
});
afterAll(async () => api?.close());

describe('exports under load', () => {
  it('prepares at most MAX_CONCURRENT_EXPORTS at once and tells the rest to retry', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${api.origin}/export/graph.json`)),
    );
    const statuses = answers.map((r) => r.status);
    const busy = answers.filter((r) => r.status === 503);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    for (const res of busy) {
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual({
        errors: [
          {
            message:
              'The server is preparing as many exports as it allows at once (2, MAX_CONCURRENT_EXPORTS); retry in a few seconds.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    }
    await Promise.all(answers.filter((r) => r.status === 200).map((r) => r.arrayBuffer()));
    // A bystander's query was never in the queue.
    expect((await api.query('{ stats { entities } }')).data).toEqual({
      stats: { entities: expect.any(Number) },
    });
  });
});

describe('a client that stops reading', () => {
  // More than the kernel buffers for a client that reads nothing (tens of MB on loopback), so
  // the rest waits in the server's memory: the case the cut-off is for. The API's sockets come
  // from the same createHttpServer.
  const ANSWER_BYTES = 96 * 1024 * 1024;

  // Node checks a socket's inactivity once per timeout and lets a first check that sees any
  // progress since the last one pass: the cut-off comes one to two timeouts after the client
  // stopped reading.
  it('is cut off within two periods of the request time plus 5 s without progress', async () => {
    const config = loadConfig({ REQUEST_TIMEOUT_MS: '1000' });
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.alloc(ANSWER_BYTES, 120));
    }, config);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      await new Promise((done) => socket.once('connect', done));
      socket.pause();
      socket.write('GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      let received = 0;
      socket.on('data', (chunk: Buffer) => (received += chunk.length));
      const closed = new Promise<void>((done) => socket.once('close', () => done()));
      const started = performance.now();
      await new Promise((done) => setTimeout(done, 13_000));
      socket.resume();
      await closed;
      // The server gave up: the client got what the kernel held, not the whole answer.
      expect(received).toBeLessThan(ANSWER_BYTES / 2);
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }, 30_000);
});
