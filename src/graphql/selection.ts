// What a client selected under a field, read from the resolve info, so a resolver can leave out
// work nobody asked for.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected directly under the field being resolved, through inline
 * fragments and fragment spreads. @skip and @include are not evaluated: a field they may leave
 * out counts as selected, which only ever means doing the work.
 */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else walk(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const field of info.fieldNodes) walk(field.selectionSet);
  return names;
}
