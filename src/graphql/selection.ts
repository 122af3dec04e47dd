// What a client selected under a field, read from the resolve info, so a resolver can leave out
// work nobody asked for.
import {
  getArgumentValues,
  Kind,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { LINK_FIELDS, type LinkField } from '../data/linkFields.ts';
import type { LinkRequest } from '../data/links.ts';

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

/**
 * The link fields selected directly under the field being resolved (an entity), with their
 * `first` as the field resolvers will ask for it (variables and SDL defaults applied; 1 for a
 * field typed as one entity), so the entity can be read with them in one statement. Link fields
 * sit on the entity types, so only those under a type condition count.
 */
export function selectedLinks(info: GraphQLResolveInfo): LinkRequest[] {
  const found: LinkRequest[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, type: string | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT)
        walk(s.selectionSet, s.typeCondition?.name.value ?? type);
      else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[s.name.value];
        walk(fragment?.selectionSet, fragment?.typeCondition.name.value);
      } else if (type !== undefined) {
        const field = `${type}.${s.name.value}`;
        const definition = (
          info.schema.getType(type) as GraphQLObjectType | undefined
        )?.getFields()[s.name.value];
        if (!(field in LINK_FIELDS) || !definition) continue;
        const { first } = getArgumentValues(definition, s, info.variableValues) as {
          first?: number;
        };
        const request = { field: field as LinkField, first: first ?? 1 };
        const key = `${request.field}:${request.first}`;
        if (!seen.has(key)) found.push(request);
        seen.add(key);
      }
    }
  };
  for (const field of info.fieldNodes) walk(field.selectionSet, undefined);
  return found;
}
