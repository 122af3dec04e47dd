// What a client selected under a field, read from the resolve info, so a resolver can leave out
// work nobody asked for.
import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { LINK_FIELDS, type LinkField } from '../data/linkFields.ts';
import type { LinkRequest } from '../data/links.ts';

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * The fields selected in `sets`, through inline fragments and fragment spreads, and then along
 * `path` (e.g. ['edges', 'node']). @skip and @include are not evaluated: a field they may leave
 * out counts as selected, which only ever means doing the work.
 */
function fieldsIn(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Fragments,
  path: readonly string[] = [],
): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) fields.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else walk(fragments[s.name.value]?.selectionSet);
    }
  };
  sets.forEach(walk);
  const [next, ...rest] = path;
  if (next === undefined) return fields;
  const below = fields.filter((f) => f.name.value === next).map((f) => f.selectionSet);
  return fieldsIn(below, fragments, rest);
}

/** The names of the fields selected directly under the field being resolved. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const sets = info.fieldNodes.map((f) => f.selectionSet);
  return new Set(fieldsIn(sets, info.fragments).map((f) => f.name.value));
}

// The entity fields a brief record (projections.ts: id, kind and names) answers: those, and the
// ones read from the entity's id alone (its links and relationships).
const BRIEF_FIELDS = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'nameEn',
  'relationships',
  ...Object.keys(LINK_FIELDS).map((f) => f.split('.')[1]),
]);

const answersBriefly = (fields: readonly FieldNode[]): boolean =>
  fields.every((f) => BRIEF_FIELDS.has(f.name.value));

/**
 * Whether the entities selected under the field being resolved (at each of `paths` below it,
 * e.g. a connection's nodes and edges' nodes) need no more than brief records.
 */
export function briefEntities(info: GraphQLResolveInfo, ...paths: string[][]): boolean {
  const sets = info.fieldNodes.map((f) => f.selectionSet);
  return (paths.length ? paths : [[]]).every((path) =>
    answersBriefly(fieldsIn(sets, info.fragments, path)),
  );
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
        const brief = answersBriefly(fieldsIn([s.selectionSet], info.fragments));
        const request = { field: field as LinkField, first: first ?? 1, brief };
        const key = `${request.field}:${request.first}:${brief}`;
        if (!seen.has(key)) found.push(request);
        seen.add(key);
      }
    }
  };
  for (const field of info.fieldNodes) walk(field.selectionSet, undefined);
  return found;
}
