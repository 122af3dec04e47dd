// Who the session's key belongs to (Query.me), shared by every view through one request; and
// what each role may do, in the API's order (each role may do what the roles before it may).
import { createContext, useContext } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import type { Role } from '../generated/graphql.ts';

export interface Principal {
  name: string;
  role: Role;
}

export const PrincipalContext = createContext<Principal | null>(null);

export const usePrincipal = (): Principal | null => useContext(PrincipalContext);

const ORDER: readonly Role[] = ['reader', 'curator', 'reviewer', 'admin'];

/** Whether `who` has `role` or a role above it. */
export const mayAct = (who: Principal | null, role: Role): boolean =>
  who !== null && ORDER.indexOf(who.role) >= ORDER.indexOf(role);

export const ROLE_LABEL: Record<Role, MessageKey> = {
  reader: 'roleReader',
  curator: 'roleCurator',
  reviewer: 'roleReviewer',
  admin: 'roleAdmin',
};
