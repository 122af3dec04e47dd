// Signed tokens (JWTs) from an OpenID Connect provider, taken beside API keys when AUTH_JWKS_URL
// is set. jose checks the signature against the provider's published keys (fetched once and
// cached, fetched again when a token names a key it has not seen: the provider rotated), and the
// expiry, issuer and audience. Only asymmetric algorithms are taken: with a public key set, a
// symmetric one would let anyone who reads the keys sign.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { JwtConfig } from '../tokenConfig.ts';
import { ROLES, type Principal, type Role } from '../data/keys.ts';
import { AUTH } from '../errors/index.ts';

/** Three base64url parts: the shape of a compact JWS, which no API key has. */
export const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
/** Longest subject kept: principal names land in changes and audit records. */
const MAX_SUBJECT = 200;
/** Clock skew allowed between the provider and this server. */
const CLOCK_TOLERANCE_S = 30;

export interface VerifiedToken {
  principal: NonNullable<Principal>;
  /** When the token expires, in ms since the epoch. */
  expiresAt: number;
}

export interface TokenVerifier {
  /** The token's principal (`jwt:<sub>`); throws UNAUTHENTICATED or SERVICE_UNAVAILABLE. */
  verify(token: string): Promise<VerifiedToken>;
}

export function createTokenVerifier(config: JwtConfig): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), {
    timeoutDuration: 3_000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_S,
          requiredClaims: ['sub', 'exp'],
        }));
      } catch (error) {
        throw refusal(error);
      }
      const sub = payload.sub ?? '';
      if (sub === '' || sub.length > MAX_SUBJECT) throw AUTH.tokenRejected('its subject (sub)');
      const role = roleOf(claimAt(payload, config.roleClaim), config.roles);
      if (!role) throw AUTH.tokenNoRole(config.roleClaim);
      return { principal: { name: `jwt:${sub}`, role }, expiresAt: (payload.exp ?? 0) * 1_000 };
    },
  };
}

/** What jose refused, as the client is told it: never the token itself. */
function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return AUTH.tokenExpired();
  if (error instanceof errors.JWTClaimValidationFailed)
    return AUTH.tokenRejected(`its claim ${error.claim}`);
  // Not the token's fault: the key set did not come (timeout, network, not 200, not a key set).
  if (
    !(error instanceof errors.JOSEError) ||
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error.code === 'ERR_JOSE_GENERIC'
  )
    return AUTH.providerUnavailable();
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWSSignatureVerificationFailed
  )
    return AUTH.tokenRejected('its signature');
  return AUTH.tokenRejected('its form or algorithm');
}

/** The value at a claim name or dotted path (realm_access.roles). */
function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
      return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The highest role the claim's value (a string or a list of them) maps to, if any. */
function roleOf(value: unknown, roles: ReadonlyMap<string, Role> | null): Role | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
  const mapped = values.map((v) =>
    roles ? roles.get(v) : (ROLES as readonly string[]).includes(v) ? (v as Role) : undefined,
  );
  return ROLES.filter((role) => mapped.includes(role)).at(-1);
}
