// Refusals of a question's arguments: out of range, empty, unknown ids, cursors of another list.
import type { GraphQLError } from 'graphql';
import { apiError, badInput, quote } from './codes.ts';

export const outOfRange = (name: string, min: number, max: number, got: unknown): GraphQLError =>
  badInput(
    `${name} must be an integer from ${min} to ${max}; got ${typeof got === 'string' ? `"${quote(got)}"` : String(got)}.`,
  );

export const tooLong = (name: string, max: number): GraphQLError =>
  badInput(`${name} must be at most ${max} characters.`);

export const tooManyItems = (name: string, max: number): GraphQLError =>
  badInput(`${name} may list at most ${max} values.`);

export const nullWithDefault = (name: string): GraphQLError =>
  badInput(`${name} must not be null; leave it out to get its default.`);

export const emptyText = (name: string): GraphQLError =>
  badInput(`${name} must not be empty; give part of a name, e.g. 武汉 or Wuhan.`);

/** `role` names which argument held the id when a question takes two (from, to). */
export const entityNotFound = (id: string, role?: string): GraphQLError =>
  apiError(
    'NOT_FOUND',
    `No entity has the id "${quote(id)}"${role ? ` (${role})` : ''}; search finds ids by name.`,
  );

// Arguments that are in range but do not make a question.
export const sameEnds = (): GraphQLError => badInput('from and to must be different entities.');
export const noPathTypes = (): GraphQLError =>
  badInput('choose at least one relationship category or type for paths to follow.');
export const noPathStatuses = (): GraphQLError =>
  badInput('choose at least one relationship status for paths to follow.');
export const noCountStatuses = (): GraphQLError =>
  badInput('choose at least one relationship status to count through.');
export const noCategories = (): GraphQLError =>
  badInput('categories must name at least one relationship category.');
export const emptyGroup = (name: string): GraphQLError =>
  badInput(`${name}.kinds must name at least one kind.`);
export const notACoverageScope = (id: string, kind: string): GraphQLError =>
  badInput(`coverage needs a program or an industry id; "${quote(id)}" is a ${kind}.`);
export const foreignCursor = (kind: string, order: string): GraphQLError =>
  badInput(
    `after is not a cursor of this list in order ${order}, of ${kind} entities; pass pageInfo.endCursor from the previous page of the same list.`,
  );
/** A cursor that does not belong to `list` (the paragraphs of one document, one entity's mentions). */
export const foreignListCursor = (list: string): GraphQLError =>
  badInput(
    `after is not a cursor of ${list}; pass pageInfo.endCursor from the previous page of the same list.`,
  );
export const notDateTime = (name: string): GraphQLError =>
  badInput(`${name} must be an ISO 8601 date-time, e.g. 2026-12-01T08:00:00Z or 2026-12-01.`);
export const noSuchOperation = (operation: string): string =>
  `This API has no ${operation} operations; send a query or a mutation.`;
