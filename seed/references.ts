// Cross-record checks: every id a record points at must exist in the files or in the database,
// and every cited paragraph must exist in its source.
import type { SeedData } from './validate.ts';

export interface KnownInDatabase {
  entities: ReadonlySet<string>;
  /** Source id → paragraph count. */
  sources: ReadonlyMap<string, number>;
}

/**
 * The ids the data points at but does not define (as an entity where it points at an entity, as
 * a source where it cites one); the loader looks these up in the database.
 */
export function externalIds(data: SeedData): string[] {
  const entities = new Set(data.entities.map((e) => e.id));
  const sources = new Set(data.sources.map((s) => s.id));
  const wanted = new Set<string>();
  const want = (defined: ReadonlySet<string>, id: string): void => {
    if (!defined.has(id)) wanted.add(id);
  };
  for (const r of data.relationships)
    [r.from, r.to, ...(r.program ? [r.program] : [])].forEach((id) => want(entities, id));
  for (const i of data.indicators) i.scope.forEach((id) => want(entities, id));
  for (const r of [...data.entities, ...data.relationships, ...data.indicators]) {
    r.sources.forEach((s) => want(sources, s.source));
  }
  for (const e of data.entities)
    for (const a of e.aliases) if (a.source) want(sources, a.source.source);
  return [...wanted].sort();
}

export function checkReferences(
  data: SeedData,
  known: KnownInDatabase,
  fileLabel: string,
): string[] {
  const entities = new Set([...known.entities, ...data.entities.map((e) => e.id)]);
  const paragraphs = new Map([
    ...known.sources,
    ...data.sources.map((s) => [s.id, s.paragraphCount] as const),
  ]);
  const problems: string[] = [];
  // Each record is named where it was read; with several files, indexes are per file.
  const at = (record: object, fallback: string): string => data.origins?.get(record) ?? fallback;

  const cite = (
    where: string,
    refs: readonly ({ source: string; paragraph: number } | null)[],
    field = (i: number) => `sources[${i}]`,
  ): void => {
    refs.forEach((ref, i) => {
      if (!ref) return;
      const count = paragraphs.get(ref.source);
      if (count === undefined)
        problems.push(`${where}: field "${field(i)}.source" names unknown source "${ref.source}"`);
      else if (ref.paragraph > count) {
        problems.push(
          `${where}: field "${field(i)}.paragraph" is ${ref.paragraph}, but "${ref.source}" has ${count} paragraphs`,
        );
      }
    });
  };
  const point = (where: string, field: string, id: string): void => {
    if (!entities.has(id)) problems.push(`${where}: field "${field}" points at unknown id "${id}"`);
  };

  data.entities.forEach((e, i) => {
    const where = at(e, `${fileLabel}: entities[${i}] (id "${e.id}")`);
    cite(where, e.sources);
    cite(
      where,
      e.aliases.map((a) => a.source),
      (j) => `aliases[${j}]`,
    );
  });
  data.relationships.forEach((r, i) => {
    const where = at(r, `${fileLabel}: relationships[${i}] (${r.from} ${r.type} ${r.to})`);
    point(where, 'from', r.from);
    point(where, 'to', r.to);
    if (r.program) point(where, 'program', r.program);
    cite(where, r.sources);
  });
  data.indicators.forEach((ind, i) => {
    const where = at(ind, `${fileLabel}: indicators[${i}] (id "${ind.id}")`);
    ind.scope.forEach((id, j) => point(where, `scope[${j}]`, id));
    cite(where, ind.sources);
  });
  return problems;
}
