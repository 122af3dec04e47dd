// The node:http server every API runs on (main.ts and the tests alike), with the socket
// timeouts that keep slow or stalled clients from holding connections.
import { createServer, type Server } from 'node:http';
import type { Config } from '../config.ts';
import type { Handler } from './handler.ts';

type Timeouts = Pick<Config, 'headersTimeoutMs' | 'requestTimeoutMs'>;

export function createHttpServer(handle: Handler, config: Timeouts): Server {
  // The whole request may take the request deadline plus a margin to read the body and answer.
  const requestTimeout = config.requestTimeoutMs + 5_000;
  const headersTimeout = Math.min(config.headersTimeoutMs, requestTimeout);
  const server = createServer(
    {
      // A client must send its request line and headers within this time (slowloris).
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: 5_000,
      // Node checks the two timeouts above only this often (30 s by default): check often
      // enough that a short headersTimeout actually holds.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeout / 4)),
    },
    handle,
  );
  // A client that stops reading (or sending) for as long as a whole request may take is cut
  // off, so an answer it never takes is not kept in memory.
  server.setTimeout(requestTimeout);
  return server;
}
