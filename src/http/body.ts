import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body up to `limit` bytes. JSON bodies are parsed here so malformed JSON gets a
 * clear 400; other bodies are passed on as text (Apollo then answers what it accepts).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit)
    throw new BodyError(413, `Request body too large: at most ${limit} bytes are accepted.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new BodyError(413, `Request body too large: at most ${limit} bytes are accepted.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json/i.test(type) && !type.includes('+json'))
    return text;
  if (text.trim() === '')
    throw new BodyError(400, 'Request body is empty: send a JSON object with a "query" field.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `Malformed JSON in the request body: ${(error as Error).message}.`);
  }
}
