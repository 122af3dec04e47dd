// Refusals of credentials, roles, changes, reverts and the review queue of an ingested document.
import { apiError, badInput, quote } from './codes.ts';

// Credentials (http/credentials.ts) and roles (graphql/roles.ts). One message for every bad
// credential, so an answer never tells a guesser whether a key exists or was revoked.
export const AUTH = {
  missing: () =>
    apiError(
      'UNAUTHENTICATED',
      'This server asks for an API key (READ_REQUIRES_KEY): send it as "Authorization: Bearer <key>"; an admin creates one with npm run keys -- create.',
    ),
  missingFor: (role: string) =>
    apiError(
      'UNAUTHENTICATED',
      `This needs an API key with the role ${role} or above: send it as "Authorization: Bearer <key>".`,
    ),
  malformed: () =>
    apiError(
      'UNAUTHENTICATED',
      'The Authorization header must be "Bearer <key>", with the key as npm run keys -- create printed it.',
    ),
  rejected: () =>
    apiError(
      'UNAUTHENTICATED',
      'The API key is not valid: unknown or revoked. Ask an admin for a new one (npm run keys -- create).',
    ),
  tooManyFailures: (seconds: number) =>
    apiError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-ins from this client; wait ${seconds} s before trying again.`,
    ),
  forbidden: (needs: readonly string[], role: string) =>
    apiError(
      'FORBIDDEN',
      `This needs the role ${needs.join(' or ')}; your key has the role ${role}. Ask an admin for a key with that role.`,
    ),
} as const;

// Changes (data/changes.ts): proposed, reviewed, applied.
export const CHANGE = {
  refused: (problems: readonly string[]) =>
    badInput(`The change was refused; nothing was written:\n  ${problems.join('\n  ')}`),
  oneField: (index: number) =>
    badInput(
      `operations[${index}] must give exactly one of entity, relationship, retract, indicator, alias or merge.`,
    ),
  noOperations: () => badInput('operations must list at least one operation.'),
  emptyReason: () => badInput('reason must say why the change is needed, in a few words.'),
  notFound: (id: string) =>
    apiError('NOT_FOUND', `No change has the id "${quote(id)}"; changes lists them.`),
  decided: (id: string, status: string, by: string | null) =>
    apiError(
      'CONFLICT',
      `The change ${quote(id)} is ${status}${by ? ` (by ${by})` : ''}, no longer PROPOSED; only a proposed change can be reviewed.`,
    ),
  ownChange: () =>
    apiError(
      'FORBIDDEN',
      'A reviewer cannot accept their own change; another reviewer must (CURATION_SELF_REVIEW=true allows it on a one-person deployment).',
    ),
  staleVersion: (entity: string, edited: number, current: number) =>
    apiError(
      'CONFLICT',
      `${quote(entity)} is at version ${current}, but the change edits version ${edited}: someone changed it since. Read it again and propose the change on version ${current}.`,
    ),
  exists: (entity: string, current: number) =>
    apiError(
      'CONFLICT',
      `${quote(entity)} exists already (version ${current}); to update it, give version: ${current}.`,
    ),
  noSuchEntity: (entity: string) =>
    apiError(
      'NOT_FOUND',
      `The change updates ${quote(entity)} (it gives a version), but no entity has that id; leave version out to add it.`,
    ),
  relationshipMoved: (key: string, by: string | null) =>
    apiError(
      'CONFLICT',
      `${quote(key)} was written by ${by ? `the change ${quote(by)}` : 'a load (npm run seed)'} after this change was proposed; nothing was written. Read it again and propose the change anew.`,
    ),
  noSuchRelationship: (key: string) =>
    apiError(
      'NOT_FOUND',
      `The change retracts ${quote(key)}, but the graph holds no such relationship.`,
    ),
} as const;

// Reverting an applied change (data/revert.ts). `by` is the change that wrote the fact since, or
// null when no change did (a load of npm run seed).
const since = (by: string | null): string =>
  by ? `the change ${quote(by)}` : 'a load (npm run seed)';

export const REVERT = {
  emptyReason: () => badInput('reason must say why the change is reverted, in a few words.'),
  notApplied: (id: string, status: string, by: string | null) =>
    apiError(
      'CONFLICT',
      status === 'REVERTED'
        ? `The change ${quote(id)} is REVERTED already${by ? ` (by ${by})` : ''}; nothing to revert.`
        : `The change ${quote(id)} is ${status}; only an APPLIED change can be reverted (a proposed one is rejected with reviewChange).`,
    ),
  laterWrite: (id: string, fact: string, by: string | null) =>
    apiError(
      'CONFLICT',
      `${quote(fact)} was written by ${since(by)} after ${quote(id)} was applied; reverting would overwrite it, so nothing was written. Revert ${by ? quote(by) : 'that load'} first, or propose a new change.`,
    ),
  gone: (id: string, fact: string) =>
    apiError(
      'CONFLICT',
      `${quote(fact)}, which ${quote(id)} wrote, is no longer in the graph; nothing was written. Propose a new change instead.`,
    ),
  linkedSince: (id: string, entity: string, link: string, by: string | null) =>
    apiError(
      'CONFLICT',
      `${quote(id)} added ${quote(entity)}, which a revert would delete, but ${since(by)} has linked it since (${quote(link)}); nothing was written. Revert ${by ? quote(by) : 'that load'} first.`,
    ),
} as const;

// The review queue of an ingested document (Query.candidates, Query.suggestedLinks).
export const REVIEW_QUEUE = {
  noDocument: (id: string) =>
    apiError(
      'NOT_FOUND',
      `No document has the id "${quote(id)}"; npm run ingest prints each report's id (source:report-…).`,
    ),
  foreignCursor: (list: string, document: string) =>
    badInput(
      `after is not a cursor of ${list} of document "${quote(document)}"; pass pageInfo.endCursor from the previous page of the same list.`,
    ),
} as const;
