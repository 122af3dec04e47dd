// A client that trickles its request headers is cut off with 408 once HEADERS_TIMEOUT_MS has
// passed, so slow connections cannot hold the server's sockets; the server answers normally after.
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../helpers/api.ts';
import { graphCounts } from '../helpers/refusalTable.ts';

describe('slow clients', () => {
  it('cuts off a client that sends its headers byte by byte (HEADERS_TIMEOUT_MS)', async () => {
    const slow = await startTestApi({ HEADERS_TIMEOUT_MS: '1000' });
    try {
      const before = await graphCounts(slow);
      const { port } = new URL(slow.url);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((done) => socket.once('connect', done));
      const started = performance.now();
      let received = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
      const closed = new Promise<number>((done) =>
        socket.once('close', () => done(performance.now() - started)),
      );
      socket.on('error', () => undefined);
      socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      // One byte every 100 ms, for at most 5 s: far longer than the server allows.
      const header = `x-slow: ${'a'.repeat(60)}`;
      for (let i = 0; i < header.length && !socket.destroyed; i++) {
        socket.write(header[i] ?? '');
        const gone = await Promise.race([closed.then(() => true), sleep(100).then(() => false)]);
        if (gone) break;
      }
      socket.destroy();
      const ms = await closed;
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeGreaterThanOrEqual(900);
      expect(ms).toBeLessThan(2_500);
      // The server is fine afterwards.
      expect(await graphCounts(slow)).toEqual(before);
    } finally {
      await slow.close();
    }
  });
});
