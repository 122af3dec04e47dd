// Refusals of the indicator, alias and merge operations of a change (data/aliasOperations.ts,
// data/mergeOperations.ts, data/indicatorOperations.ts). Each names the operation and its field.
import { apiError, badInput, quote } from './codes.ts';

const at = (index: number, field: string): string => `operations[${index}].${field}`;

export const CHANGE_OPS = {
  unknownEntity: (index: number, field: string, id: string, mergedInto: string | null) =>
    apiError(
      'NOT_FOUND',
      mergedInto
        ? `${at(index, field)}: "${quote(id)}" was merged into "${quote(mergedInto)}"; edit "${quote(mergedInto)}" instead.`
        : `${at(index, field)}: no entity has the id "${quote(id)}"; search finds an entity's id.`,
    ),
  aliasEmpty: (index: number, field: 'name' | 'reason') =>
    badInput(
      `${at(index, `alias.${field}`)} must be a non-empty text${field === 'reason' ? ' saying why the curators give this name (or cite the paragraph that prints it: alias.source)' : ''}.`,
    ),
  aliasOrigin: (index: number) =>
    badInput(
      `${at(index, 'alias')} must give exactly one of source (the paragraph that prints the name) or reason (why the curators give it).`,
    ),
  aliasKnown: (index: number, entity: string, name: string) =>
    badInput(
      `${at(index, 'alias.name')}: "${quote(name)}" is already a name or alias of "${quote(entity)}"; an alias must be a new name.`,
    ),
  aliasOfOther: (index: number, name: string, other: string) =>
    badInput(
      `${at(index, 'alias.name')}: "${quote(name)}" is the name of another entity, "${quote(other)}"; if they are the same thing, propose a merge instead.`,
    ),
  mergeSelf: (index: number) =>
    badInput(
      `${at(index, 'merge.merge')} must differ from merge.keep: an entity cannot be merged into itself.`,
    ),
  mergeKinds: (index: number, keep: string, keepKind: string, merge: string, mergeKind: string) =>
    badInput(
      `${at(index, 'merge.merge')}: "${quote(merge)}" is a ${mergeKind} and "${quote(keep)}" a ${keepKind}; only entities of one kind can be the same thing. Change the kind of one first (an entity operation).`,
    ),
  mergeTwice: (index: number, id: string) =>
    badInput(
      `${at(index, 'merge')}: "${quote(id)}" is written by another operation of this change too; propose the merge as a change of its own.`,
    ),
  staleMerge: (index: number, field: string, id: string, edited: number, current: number) =>
    apiError(
      'CONFLICT',
      `${at(index, field)}: "${quote(id)}" is at version ${current}, but the change edits version ${edited}: someone changed it since. Read it again and propose the merge on version ${current}.`,
    ),
  staleIndicator: (id: string, edited: number, current: number, value: unknown, display: unknown) =>
    apiError(
      'CONFLICT',
      `${quote(id)} is at version ${current} (value ${String(value)}, printed ${String(display)}), but the change edits version ${edited}: someone changed it since. Read it again and propose the change on version ${current}.`,
    ),
  indicatorExists: (id: string, current: number, value: unknown) =>
    apiError(
      'CONFLICT',
      `The indicator ${quote(id)} exists already (version ${current}, value ${String(value)}); to update it, give version: ${current}.`,
    ),
  noSuchIndicator: (id: string) =>
    apiError(
      'NOT_FOUND',
      `The change updates the indicator ${quote(id)} (it gives a version), but no indicator has that id; leave version out to add it.`,
    ),
} as const;
