// The client side of the GraphQL requests: one kept-alive connection, so the bench times the
// request and not the TCP handshake.
import { Agent, request } from 'node:http';

export interface GraphQLBody {
  data?: {
    collaborationPaths?: unknown[];
    neighborhood?: { nodes: unknown[]; relationships: unknown[] };
  };
  errors?: { message: string }[];
}

export interface GraphQLClient {
  post(body: string): Promise<GraphQLBody>;
  close(): void;
}

export function httpClient(url: URL): GraphQLClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const post = (body: string): Promise<GraphQLBody> =>
    new Promise((done, fail) => {
      const headers = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      };
      const req = request(url, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLBody);
          } catch (error) {
            fail(error as Error);
          }
        });
        res.on('error', fail);
      });
      req.on('error', fail);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
