// Who sends a request: the key in "Authorization: Bearer …", checked against Neo4j, or nobody.
// A client's failed sign-ins are counted in Neo4j, so a guesser is slowed down whichever API
// process it reaches; a key seen valid is trusted for a second, so a revocation holds in every
// process within a second while a busy client costs one lookup a second, not one a request.
import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../config.ts';
import { authenticate as lookUp, recordFailure, type Principal } from '../data/keys.ts';
import { AUTH } from '../errors/index.ts';
import type { Graph } from '../neo4j/graph.ts';
import { hashOf, KEY_PATTERN } from './apiKeys.ts';

const TRUSTED_FOR_MS = 1_000;
const MAX_TRUSTED = 10_000;

export interface Credentials {
  /** The request's principal; throws a coded error (UNAUTHENTICATED, TOO_MANY_REQUESTS). */
  principalOf(req: IncomingMessage, graph: Graph): Promise<Principal>;
}

export function createCredentials(config: AuthConfig): Credentials {
  const trusted = new Map<string, { principal: NonNullable<Principal>; until: number }>();

  const fail = async (graph: Graph, client: string, error: Error): Promise<never> => {
    await recordFailure(graph, client, config.failureWindowMs);
    throw error;
  };

  return {
    async principalOf(req, graph) {
      const header = req.headers.authorization;
      if (header === undefined) {
        if (config.readRequiresKey) throw AUTH.missing();
        return null;
      }
      const key = /^Bearer (\S+)$/.exec(header)?.[1] ?? '';
      const hash = hashOf(key);
      const seen = trusted.get(hash);
      if (seen && seen.until > Date.now()) return seen.principal;
      trusted.delete(hash);

      const client = req.socket.remoteAddress ?? 'unknown';
      // The failures and the key in one lookup, made whatever the header holds.
      const { failures, principal } = await lookUp(graph, hash, client, config.failureWindowMs);
      if (failures >= config.maxFailures)
        throw AUTH.tooManyFailures(Math.ceil(config.failureWindowMs / 1_000));
      if (!KEY_PATTERN.test(key)) return fail(graph, client, AUTH.malformed());
      if (!principal) return fail(graph, client, AUTH.rejected());
      if (trusted.size >= MAX_TRUSTED) trusted.clear();
      trusted.set(hash, { principal, until: Date.now() + TRUSTED_FOR_MS });
      return principal;
    },
  };
}
