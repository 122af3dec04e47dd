// What each role may do. The roles are ordered: each may do what the roles before it may, so a
// field names the least role it needs.
import { ROLES, type Principal, type Role } from '../data/keys.ts';
import { AUTH } from '../errors/index.ts';

/** The principal, when its role is at least `least`; else UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(principal: Principal, least: Role): NonNullable<Principal> {
  if (!principal) throw AUTH.missingFor(least);
  if (ROLES.indexOf(principal.role) < ROLES.indexOf(least))
    throw AUTH.forbidden(ROLES.slice(ROLES.indexOf(least)), principal.role);
  return principal;
}
