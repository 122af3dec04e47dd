// What the SDL cannot say about text arguments (their lengths it does: @maxSize): they are
// trimmed, and a required one must keep something once trimmed. And statuses: all of them is
// no filter at all, so the data functions need not check each relationship.
import type { GraphQLError } from 'graphql';
import { RELATIONSHIP_STATUSES, type RelationshipStatus } from '../../data/vocabulary.ts';
import { emptyText } from '../../errors/index.ts';

export function text(name: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw emptyText(name);
  return trimmed;
}

export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The statuses to filter by, null when every status is named; refused (`none`) when empty. */
export function statusFilter(
  statuses: readonly RelationshipStatus[],
  none: () => GraphQLError,
): readonly RelationshipStatus[] | null {
  if (statuses.length === 0) throw none();
  return RELATIONSHIP_STATUSES.every((s) => statuses.includes(s)) ? null : statuses;
}
