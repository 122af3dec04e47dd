// What every /graphql and /export request shares: its id, a deadline and the client going away
// that both cancel its Neo4j work, a count of the statements it sent, and one log line.
import { setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';

export interface ScopeDependencies {
  config: Config;
  graph: Graph;
  log: Logger;
}

export interface RequestScope {
  requestId: string;
  /** The database, bound to this request: its deadline, its abort and its statement count. */
  graph: Graph;
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
  res: ServerResponse,
  { config, graph, log }: ScopeDependencies,
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
    const result = await Promise.race([work({ requestId, graph: scoped }), expired]);
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
