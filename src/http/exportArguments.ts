// An export's URL parameters read as the arguments of the GraphQL field it exports, from the
// schema itself: the same names, types, defaults and ranges, so /export/neighborhood.* and
// `neighborhood(…)` cannot drift apart.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { EXPORT, outOfRange } from '../errors/index.ts';
import { boundsOf, checkArguments } from '../graphql/arguments.ts';

/** `EntityKind` → "entity kinds", `RelationshipCategory` → "relationship categories". */
const describe = (typeName: string): string =>
  typeName
    .replace(/(?<!^)([A-Z])/g, ' $1')
    .toLowerCase()
    .replace(/y$/, 'ie')
    .replace(/s$/, 'se')
    .concat('s');

function parse(arg: GraphQLArgument, raw: string): unknown {
  const named = getNamedType(arg.type);
  const values = raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (isListType(getNullableType(arg.type))) {
    if (values.length === 0) return undefined;
    if (isEnumType(named)) {
      const allowed = named.getValues().map((v) => v.name);
      const unknown = values.find((v) => !allowed.includes(v));
      if (unknown !== undefined)
        throw EXPORT.notInList(arg.name, describe(named.name), allowed, unknown);
    }
    return [...new Set(values)];
  }
  if (named.name === 'Int') {
    const range = boundsOf(arg).range ?? { min: -(2 ** 31), max: 2 ** 31 - 1 };
    if (!/^\s*[+-]?\d{1,15}\s*$/.test(raw)) throw outOfRange(arg.name, range.min, range.max, raw);
    return Number(raw);
  }
  return raw.trim() === '' ? undefined : raw.trim();
}

/** The field's arguments from `params`: unknown, repeated and out-of-range ones are refused. */
export function argumentsFromSearch(
  field: GraphQLField<unknown, unknown>,
  params: URLSearchParams,
  route: string,
): Record<string, unknown> {
  const names = field.args.map((a) => a.name);
  for (const name of new Set(params.keys())) {
    if (!names.includes(name)) throw EXPORT.unknownParameter(route, names, name);
    if (params.getAll(name).length > 1) throw EXPORT.repeated(name);
  }
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    const raw = params.get(arg.name);
    const value = raw === null ? undefined : parse(arg, raw);
    if (value !== undefined) values[arg.name] = value;
    else if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
    else if (isNonNullType(arg.type)) throw EXPORT.requiredId(arg.name);
  }
  const problem = checkArguments(field.args, values);
  if (problem) throw problem;
  return values;
}
