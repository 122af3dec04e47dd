// Refusals of credentials, roles, writes, changes, reverts, added documents and the review queue
// of an ingested document.
import { GraphQLError } from 'graphql';
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
  // Tokens (access/tokens.ts): the reasons name a part of the token, never its text.
  noTokens: () =>
    apiError(
      'UNAUTHENTICATED',
      'This server takes API keys, not tokens (it has no AUTH_JWKS_URL): send a key as "Authorization: Bearer <key>".',
    ),
  tokenExpired: () =>
    apiError('UNAUTHENTICATED', 'The token has expired; sign in again to get a new one.'),
  tokenRejected: (part: string) =>
    apiError(
      'UNAUTHENTICATED',
      `The token is not valid here: ${part} does not match what this server takes (AUTH_JWKS_URL, AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE).`,
    ),
  tokenNoRole: (claim: string) =>
    apiError(
      'UNAUTHENTICATED',
      `The token's claim ${claim} names no role of this server (reader, curator, reviewer, admin; or one AUTH_JWT_ROLES maps).`,
    ),
  providerUnavailable: () =>
    apiError(
      'SERVICE_UNAVAILABLE',
      "The identity provider's keys (AUTH_JWKS_URL) could not be fetched; try again in a few seconds.",
    ),
  forbidden: (needs: readonly string[], role: string) =>
    apiError(
      'FORBIDDEN',
      `This needs the role ${needs.join(' or ')}; your key has the role ${role}. Ask an admin for a key with that role.`,
    ),
} as const;

// Writes per principal (graphql/plugins/writeLimit.ts): 429 with Retry-After, as a failed
// sign-in's limit is, and the seconds in extensions.retryAfter for clients that read no headers.
export const WRITES = {
  tooMany: (max: number, windowSeconds: number, retryAfter: number) =>
    new GraphQLError(
      `Too many writes from this key: at most ${max} per ${windowSeconds} s (WRITE_RATE_LIMIT); wait ${retryAfter} s before writing again. Reads are not limited.`,
      {
        extensions: {
          code: 'TOO_MANY_REQUESTS',
          retryAfter,
          http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
        },
      },
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

// A report sent through addDocument (ingest/documentInput.ts), checked before it is read.
export const DOCUMENT = {
  oneBody: (given: number) =>
    badInput(
      `input must give exactly one of text (the report as UTF-8 text, Markdown or HTML) or base64 (the file's bytes, e.g. a PDF); it gives ${given === 0 ? 'neither' : 'both'}.`,
    ),
  fileName: (extensions: readonly string[], got: string) =>
    badInput(
      `input.fileName must be a file name ending in ${extensions.join(', ')} (the report's format is told by it, as npm run ingest does); got "${quote(got)}".`,
    ),
  pdfAsText: () =>
    badInput(
      'input.text holds text, but input.fileName names a PDF; send a PDF as base64 (its bytes encoded), or name the text .txt.',
    ),
  notBase64: () =>
    badInput(
      "input.base64 must be the file's bytes in standard base64 (A-Z, a-z, 0-9, + and /, with = padding), e.g. from base64 -w0 FILE.",
    ),
  tooLarge: (field: string, bytes: number, max: number, cliMax: number) =>
    badInput(
      `${field} holds ${bytes} bytes; addDocument takes a report of at most ${max} bytes (DOCUMENT_MAX_BYTES). Ingest a larger one with npm run ingest (up to ${cliMax} bytes), or split it.`,
    ),
  detail: (problem: string) => badInput(`${problem}.`),
  refused: (field: string, problems: readonly string[]) =>
    badInput(
      `The report was not ingested; nothing was stored:\n  ${problems.map((p) => `${field}: ${p}`).join('\n  ')}`,
    ),
} as const;

// Turning an entry of a document's review queue into a proposal (data/queueProposals.ts).
export const QUEUE_PROPOSAL = {
  noCandidate: (document: string, name: string) =>
    apiError(
      'NOT_FOUND',
      `The document "${quote(document)}" has no candidate named "${quote(name)}"; Query.candidates lists its candidates, by name as printed.`,
    ),
  noSuggestedLink: (document: string, from: string, to: string) =>
    apiError(
      'NOT_FOUND',
      `The document "${quote(document)}" suggests no link between "${quote(from)}" and "${quote(to)}"; Query.suggestedLinks lists its pairs.`,
    ),
} as const;
