// GraphQL documents built to a size: the shapes the limits refuse (unit/limits.test.ts checks
// the rules, the integration refusal tables send the same documents over HTTP).

/** `entity { relationships { from { relationships … { id } } } }` with `id` at level `depth`. */
export function ofDepth(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level--)
    inner = `${level % 2 === 0 ? 'relationships(first: 1)' : 'from'} { ${inner} }`;
  return `{ entity(id: "university:wust") { ${inner} } }`;
}

/** Fragments F0…F(n-1) each spreading the next one twice: 2^n copies of the last one. */
export function fanOut(n: number, on: string, leaf: string): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`,
  );
  return [...fragments, `fragment F${n} on ${on} { ${leaf} }`].join('\n');
}

/** `text` repeated `n` times, separated by spaces. */
export const times = (n: number, text: string): string =>
  Array.from({ length: n }, () => text).join(' ');

/** Every EntityKind, for a brokers query over the whole graph (the most work one query asks). */
export const ALL_KINDS =
  'ENTERPRISE UNIVERSITY RESEARCH_INSTITUTE PLATFORM TALENT PROJECT PROGRAM EVENT INDUSTRY REGION AGENCY';
