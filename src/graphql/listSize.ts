// How many items a list field returns, as the SDL declares it (@listSize, see
// schema/directives.graphql), for the cost estimate in limits.ts.
import { Kind, type GraphQLField } from 'graphql';

export interface ListSize {
  assumedSize: number | null;
  slicingArguments: readonly string[];
  sizedFields: readonly string[];
}

const listSizes = new WeakMap<GraphQLField<unknown, unknown>, ListSize>();

/** A field's @listSize (schema/directives.graphql); without one, it is sliced by `first`. */
export function listSizeOf(definition: GraphQLField<unknown, unknown>): ListSize {
  let found = listSizes.get(definition);
  if (!found) {
    const directive = definition.astNode?.directives?.find((d) => d.name.value === 'listSize');
    const value = (name: string) => directive?.arguments?.find((a) => a.name.value === name)?.value;
    const names = (name: string): string[] | null => {
      const list = value(name);
      return list?.kind === Kind.LIST
        ? list.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []))
        : null;
    };
    const assumed = value('assumedSize');
    found = {
      assumedSize: assumed?.kind === Kind.INT ? Number(assumed.value) : null,
      slicingArguments: names('slicingArguments') ?? ['first'],
      sizedFields: names('sizedFields') ?? [],
    };
    listSizes.set(definition, found);
  }
  return found;
}
