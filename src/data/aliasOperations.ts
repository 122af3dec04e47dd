// Adding one alias to an entity: read the entity as it is, add the alias, and hand the result to
// the loader's checks and writer as an update of that entity at the version the curator read, so
// an alias is checked (its cited paragraph exists) and written exactly as an entity's aliases are.
import type { SeedEntity } from '../../seed/validate.ts';
import { CHANGE_OPS } from '../errors/index.ts';
import type { Row, Run } from '../neo4j/graph.ts';
import type { Operation } from './operationKinds.ts';
import { aliasesOf, decodeProvenance } from './records.ts';
import type { EntityKind } from './vocabulary.ts';

const plain = (v: unknown): unknown =>
  v !== null && typeof v === 'object' && 'toNumber' in v
    ? (v as { toNumber(): number }).toNumber()
    : v;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const text = (v: unknown): string | null => (v == null ? null : String(v));

/** An entity node's properties as the loader's record (what an entity file would hold). */
export function seedEntityOf(props: Row): SeedEntity {
  const year = plain(props.year);
  return {
    id: String(props.id),
    kind: props.kind as EntityKind,
    name: String(props.name),
    nameEn: text(props.nameEn),
    aliases: aliasesOf({
      aliases: list(props.aliases),
      aliasSources: list(props.aliasSources),
      aliasReasons: list(props.aliasReasons),
    }).map((a) => ({ name: a.name, source: a.source, reason: a.reason })),
    description: text(props.description),
    descriptionZh: text(props.descriptionZh),
    year: typeof year === 'number' ? year : null,
    sources: decodeProvenance(list(props.provenance)),
    ...(props.knowledge == null ? {} : { knowledge: String(props.knowledge) }),
  };
}

/** The loader's record of an entity as an entity file holds it (aliases with their origin). */
export const fileRecordOf = (e: SeedEntity): Record<string, unknown> => ({
  ...e,
  aliases: e.aliases.map((a) =>
    a.source
      ? { name: a.name, source: a.source.source, paragraph: a.source.paragraph }
      : { name: a.name, reason: a.reason },
  ),
  sources: e.sources.map((s) => ({ source: s.source, paragraph: s.paragraph })),
});

/** Every name an entity goes by, for comparing: trimmed, case folded. */
export const namesOf = (e: Pick<SeedEntity, 'name' | 'nameEn' | 'aliases'>): string[] =>
  [e.name, e.nameEn, ...e.aliases.map((a) => a.name)]
    .filter((n): n is string => !!n)
    .map((n) => n.trim().toLowerCase());

const ALIAS_TARGETS = `
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row.entity})
OPTIONAL MATCH (m:MergedEntity {id: row.entity})
RETURN row.entity AS id, properties(n) AS props, m.into AS mergedInto,
  COLLECT { MATCH (o:Entity) WHERE o.id <> row.entity AND (toLower(o.name) = row.name
    OR toLower(coalesce(o.nameEn, '')) = row.name) RETURN o.id LIMIT 1 } AS named`;

/**
 * The operations with each ALIAS turned into an update of its entity (the entity with the alias
 * added, at the version the curator read). Refuses an unknown entity, an alias that is already
 * one of its names, and one that is another entity's name (that calls for a merge instead).
 */
export async function expandAliases(
  run: Run,
  operations: readonly Operation[],
): Promise<Operation[]> {
  const aliases = operations.flatMap((op, i) =>
    op.kind === 'ALIAS' ? [{ op: op.record, i }] : [],
  );
  if (!aliases.length) return [...operations];
  const rows = await run(ALIAS_TARGETS, {
    rows: aliases.map(({ op }) => ({
      entity: op.entity,
      name: op.alias.name.trim().toLowerCase(),
    })),
  });
  const expanded = [...operations];
  aliases.forEach(({ op, i }) => {
    const row = rows.find((r) => r.id === op.entity);
    if (!row?.props)
      throw CHANGE_OPS.unknownEntity(i, 'alias.entity', op.entity, text(row?.mergedInto));
    const entity = seedEntityOf(row.props as Row);
    if (namesOf(entity).includes(op.alias.name.trim().toLowerCase()))
      throw CHANGE_OPS.aliasKnown(i, op.entity, op.alias.name);
    const other = list(row.named)[0];
    if (other) throw CHANGE_OPS.aliasOfOther(i, op.alias.name, other);
    const record = fileRecordOf(entity);
    expanded[i] = {
      kind: 'ENTITY',
      record: {
        ...record,
        id: entity.id,
        aliases: [...(record.aliases as unknown[]), op.alias],
        version: op.version,
      },
    };
  });
  return expanded;
}
