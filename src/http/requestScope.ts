// What every /graphql and /export request shares: its id, who sends it, a deadline and the client
// going away that both cancel its Neo4j work, a count of the statements it sent, and one log line.
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Credentials } from '../access/credentials.ts';
import type { Config } from '../config.ts';
import type { Principal } from '../data/keys.ts';
import { codeOf, errorBody, HTTP_STATUS } from '../errors/index.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';

export interface ScopeDependencies {
  config: Config;
  graph: Graph;
  log: Logger;
  credentials: Credentials;
}

export interface RequestScope {
  requestId: string;
  /** The database, bound to this request: its deadline, its abort and its statement count. */
  graph: Graph;
  /** The key's name and role, or null for an anonymous request (when reads allow it). */
  principal: Principal;
}

/** What the request's log line says besides id, duration, statements and clientGone. */
export type Outcome = Record<string, unknown> & { status: number; outcome: string };

/**
 * Runs `work` in a new scope and logs its outcome. The deadline and a client that goes away
 * abort the scope's signal, which closes the sessions of its statements so Neo4j stops them.
 * At the deadline the client is answered by `answerLate` whatever the work is still waiting
 * for: a paused Neo4j may not let a closing session go for minutes.
 */
export async function inRequestScope(
  requestId: string,
  req: IncomingMessage,
  res: ServerResponse,
  { config, graph, log, credentials }: ScopeDependencies,
  work: (scope: RequestScope) => Promise<Outcome | null>,
  answerLate: () => Outcome,
): Promise<void> {
  const started = performance.now();
  const controller = new AbortController();
  // Each statement in flight listens for the abort; a batched request may run more than
  // Node's default of 10 at once.
  setMaxListeners(200, controller.signal);
  let expire: () => void = () => undefined;
  const expired = new Promise<'expired'>((resolve) => (expire = () => resolve('expired')));
  const deadline = setTimeout(() => {
    controller.abort();
    expire();
  }, config.requestTimeoutMs);
  let clientGone = false;
  res.on('close', () => {
    if (res.writableFinished) return;
    clientGone = true;
    controller.abort();
  });
  let statements = 0;
  const scoped = graph.withOptions({
    signal: controller.signal,
    onStatement: () => statements++,
    requestId,
    // Statements are logged at debug only; leaving the logger out otherwise saves the work.
    ...(config.logLevel === 'debug' ? { log } : {}),
  });
  try {
    const result = await Promise.race([
      credentials.principalOf(req, scoped).then(
        (principal) => work({ requestId, graph: scoped, principal }),
        (error: unknown) => refuse(res, error),
      ),
      expired,
    ]);
    const outcome = result === 'expired' ? answerLate() : result;
    if (outcome === null) return;
    log.event('info', {
      requestId,
      ...outcome,
      durationMs: Math.round(performance.now() - started),
      statements,
      ...(clientGone ? { clientGone: true } : {}),
    });
  } finally {
    clearTimeout(deadline);
  }
}

/** A request whose credential is refused: answered with the error's code and HTTP status. */
function refuse(res: ServerResponse, error: unknown): Outcome {
  const code = codeOf(error);
  if (code !== 'UNAUTHENTICATED' && code !== 'TOO_MANY_REQUESTS' && code !== 'SERVICE_UNAVAILABLE')
    throw error;
  const status = HTTP_STATUS[code];
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      ...(code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer' } : {}),
    })
    .end(errorBody(code, (error as Error).message));
  return { status, outcome: code };
}
