// The ranges arguments may take, declared next to them in the SDL (@range and @maxSize, see
// schema/directives.graphql) and checked here before anything runs: by the limits walk for
// /graphql and by the export adapter for /export/*. Resolvers receive only values in range.
import {
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLError,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { nullWithDefault, outOfRange, tooLong, tooManyItems } from '../errors/index.ts';

export interface Bounds {
  range: { min: number; max: number } | null;
  /** Most characters of a string, or items of a list. */
  maxSize: number | null;
}

const known = new WeakMap<GraphQLArgument | GraphQLInputField, Bounds>();

function intArgument(directive: ConstDirectiveNode | undefined, name: string): number | null {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

/** The bounds the SDL declares for an argument or input field. */
export function boundsOf(definition: GraphQLArgument | GraphQLInputField): Bounds {
  let bounds = known.get(definition);
  if (!bounds) {
    const directives = definition.astNode?.directives ?? [];
    const range = directives.find((d) => d.name.value === 'range');
    const size = directives.find((d) => d.name.value === 'maxSize');
    const min = intArgument(range, 'min');
    const max = intArgument(range, 'max');
    bounds = {
      range: min !== null && max !== null ? { min, max } : null,
      maxSize: intArgument(size, 'max'),
    };
    known.set(definition, bounds);
  }
  return bounds;
}

function checkValue(
  name: string,
  type: GraphQLInputType,
  value: unknown,
  bounds: Bounds,
): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const { range, maxSize } = bounds;
  if (range && typeof value === 'number' && (value < range.min || value > range.max))
    return outOfRange(name, range.min, range.max, value);
  if (maxSize !== null && typeof value === 'string' && [...value].length > maxSize)
    return tooLong(name, maxSize);
  const nullable = getNullableType(type);
  if (Array.isArray(value)) {
    if (maxSize !== null && value.length > maxSize) return tooManyItems(name, maxSize);
    if (!isListType(nullable)) return null;
    const item = nullable.ofType as GraphQLInputType;
    for (const v of value) {
      const problem = checkValue(name, item, v, { range: null, maxSize: null });
      if (problem) return problem;
    }
    return null;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return null;
  for (const field of Object.values(nullable.getFields())) {
    const problem = checkValue(
      `${name}.${field.name}`,
      field.type,
      (value as Record<string, unknown>)[field.name],
      boundsOf(field),
    );
    if (problem) return problem;
  }
  return null;
}

/**
 * The first argument outside its declared bounds, as BAD_USER_INPUT, or null. An argument that
 * has a default may be left out but not sent as null: resolvers rely on having a value.
 */
export function checkArguments(
  definitions: readonly GraphQLArgument[],
  values: Record<string, unknown>,
): GraphQLError | null {
  for (const definition of definitions) {
    if (values[definition.name] === null && definition.defaultValue !== undefined) {
      const { range } = boundsOf(definition);
      return range
        ? outOfRange(definition.name, range.min, range.max, null)
        : nullWithDefault(definition.name);
    }
    const problem = checkValue(
      definition.name,
      definition.type,
      values[definition.name],
      boundsOf(definition),
    );
    if (problem) return problem;
  }
  return null;
}
