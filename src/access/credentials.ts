// Who sends a request: the key in "Authorization: Bearer …", checked against Neo4j, or a token
// from the OpenID Connect provider when AUTH_JWKS_URL is set (tokens.ts), or nobody.
// A client's failed sign-ins are counted in Neo4j, so a guesser is slowed down whichever API
// process it reaches; a key seen valid is trusted for a second, so a revocation holds in every
// process within a second while a busy client costs one lookup a second, not one a request.
import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../config.ts';
import { authenticate as lookUp, recordFailure, type Principal } from '../data/keys.ts';
import { AUTH, codeOf } from '../errors/index.ts';
import type { Graph } from '../neo4j/graph.ts';
import { hashOf, KEY_PATTERN } from './apiKeys.ts';
import { createTokenVerifier, JWT_PATTERN } from './tokens.ts';

const TRUSTED_FOR_MS = 1_000;
const MAX_TRUSTED = 10_000;

export interface Credentials {
  /** The request's principal; throws a coded error (UNAUTHENTICATED, TOO_MANY_REQUESTS). */
  principalOf(req: IncomingMessage, graph: Graph): Promise<Principal>;
}

export function createCredentials(config: AuthConfig): Credentials {
  const trusted = new Map<string, { principal: NonNullable<Principal>; until: number }>();
  const tokens = config.jwt ? createTokenVerifier(config.jwt) : null;
  const trust = (hash: string, principal: NonNullable<Principal>, until: number) => {
    if (trusted.size >= MAX_TRUSTED) trusted.clear();
    trusted.set(hash, { principal, until });
    return principal;
  };

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
      if (JWT_PATTERN.test(key)) {
        if (!tokens) return fail(graph, client, AUTH.noTokens());
        const verified = await tokens.verify(key).catch((error: unknown) =>
          // A provider that cannot be reached is no failed attempt of the client's.
          codeOf(error) === 'UNAUTHENTICATED'
            ? fail(graph, client, error as Error)
            : Promise.reject(error),
        );
        const until = Math.min(Date.now() + TRUSTED_FOR_MS, verified.expiresAt);
        return trust(hash, verified.principal, until);
      }
      if (!KEY_PATTERN.test(key)) return fail(graph, client, AUTH.malformed());
      if (!principal) return fail(graph, client, AUTH.rejected());
      return trust(hash, principal, Date.now() + TRUSTED_FOR_MS);
    },
  };
}
