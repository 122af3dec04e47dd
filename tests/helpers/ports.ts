// A loopback port nothing listens on, for a URI that must find no server (a Neo4j that is not
// there) without guessing a number another process may hold.
import { createServer, type AddressInfo } from 'node:net';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}
