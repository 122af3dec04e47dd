import type { IncomingMessage } from 'node:http';
import { BODY } from '../errors/index.ts';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The client went away before sending its whole body: nobody is left to answer. */
export class ClientGone extends Error {}

const tooLarge = (limit: number): BodyError => new BodyError(413, BODY.tooLarge(limit));

/**
 * Reads a request body up to `limit` bytes. JSON bodies are parsed here so malformed JSON gets a
 * clear 400; other bodies are passed on as text (Apollo then answers what it accepts). Past the
 * limit it stops keeping data but leaves the request open, so the caller can answer 413 and let
 * the client, still sending, read that answer (see discardRest).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    let size = 0;
    const done = (error?: Error): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        done(tooLarge(limit));
      } else chunks.push(chunk);
    };
    const onEnd = (): void => done();
    const onClose = (): void => done(new ClientGone('The client closed the connection mid-body.'));
    const onError = (): void => onClose();
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json/i.test(type) && !type.includes('+json'))
    return text;
  if (text.trim() === '') throw new BodyError(400, BODY.empty);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, BODY.malformed((error as Error).message));
  }
}

/**
 * After an early answer (413), drops the rest of the body for at most `ms`, so a client still
 * sending reads the answer instead of a broken pipe; a client still sending after that is cut off.
 */
export function discardRest(req: IncomingMessage, ms: number): void {
  if (req.complete) return;
  const cutOff = setTimeout(() => req.socket.destroy(), ms);
  cutOff.unref();
  req.once('end', () => clearTimeout(cutOff)).once('close', () => clearTimeout(cutOff));
  req.resume();
}
