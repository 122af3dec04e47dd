// The settings of signed tokens from an OpenID Connect provider (README, "Keys and roles"), read
// by config.ts with its own reader of the environment.
import { ROLES, type Role } from './data/keys.ts';

export interface JwtConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The claim holding the role: a name, or a dotted path such as realm_access.roles. */
  roleClaim: string;
  /** AUTH_JWT_ROLES: claim values to roles; null when the claim holds role names themselves. */
  roles: ReadonlyMap<string, Role> | null;
}

/** Null without AUTH_JWKS_URL; `fail` throws the configuration error. */
export function jwtConfig(
  read: (name: string) => string | undefined,
  fail: (message: string) => never,
): JwtConfig | null {
  const jwksUrl = read('AUTH_JWKS_URL');
  if (jwksUrl === undefined) return null;
  if (!/^https?:\/\/\S+$/.test(jwksUrl))
    fail(
      `AUTH_JWKS_URL="${jwksUrl}" is invalid: expected the https:// address of the provider's JSON Web Key Set.`,
    );
  // A token is taken only when it was issued for this server by this provider: without both,
  // any token the provider signs for any of its applications would pass.
  const needed = (name: string): string =>
    read(name) ?? fail(`${name} must be set when AUTH_JWKS_URL is: tokens are checked against it.`);
  return {
    jwksUrl,
    issuer: needed('AUTH_JWT_ISSUER'),
    audience: needed('AUTH_JWT_AUDIENCE'),
    roleClaim: read('AUTH_JWT_ROLE_CLAIM') ?? 'role',
    roles: roleMap(read('AUTH_JWT_ROLES'), fail),
  };
}

/** AUTH_JWT_ROLES="cixi-editors=curator,cixi-leads=reviewer": claim values to roles. */
function roleMap(
  raw: string | undefined,
  fail: (message: string) => never,
): ReadonlyMap<string, Role> | null {
  if (raw === undefined) return null;
  const map = new Map<string, Role>();
  for (const pair of raw.split(',')) {
    const [value, role, ...rest] = pair.split('=').map((part) => part.trim());
    if (!value || rest.length > 0 || !(ROLES as readonly string[]).includes(role ?? ''))
      fail(
        `AUTH_JWT_ROLES="${raw}" is invalid: expected value=role pairs separated by commas, each role one of ${ROLES.join(', ')}.`,
      );
    map.set(value, role as Role);
  }
  return map;
}
