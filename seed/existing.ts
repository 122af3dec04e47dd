// What the database already holds of the records a load defines, read in the load's own
// transaction in batches, and how each of them differs: a redefinition, field by field.
import neo4j from 'neo4j-driver';
import { BATCH_ROWS } from './limits.ts';
import {
  DERIVED,
  fieldName,
  storedEntity,
  storedIndicator,
  storedRelationship,
  storedSource,
  type Row,
} from './stored.ts';
import { relationshipKey, type SeedData } from './validate.ts';

import type { Run } from '../src/neo4j/graph.ts';

export type { Run };

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** A record of the load that the database holds with other values. */
export interface Redefinition {
  section: 'sources' | 'entities' | 'relationships' | 'indicators';
  /** Where the file defines it ("file: entities[0] (id …)"). */
  where: string;
  /** Its id, or for a relationship its key (from|TYPE|to). */
  id: string;
  changes: FieldChange[];
}

/** A record of the load that the database does not hold (yet, or any more). */
export interface Absent {
  where: string;
  id: string;
}

/** An id the load defines in one section while the database has it in another. */
export interface Clash {
  where: string;
  id: string;
  heldAs: 'an entity' | 'a source' | 'an indicator';
}

const FIND_DEFINED = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (s:Source {id: id})
OPTIONAL MATCH (i:Indicator {id: id})
WITH id, e, s, i WHERE e IS NOT NULL OR s IS NOT NULL OR i IS NOT NULL
RETURN id, properties(e) AS entity, properties(s) AS source, properties(i) AS indicator,
       CASE WHEN i IS NULL THEN null
            ELSE COLLECT { MATCH (i)-[a:ABOUT]->(x) RETURN x.id ORDER BY a.position } END AS scope`;

// A type is compared as a value here, so one statement serves every type.
const FIND_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE type(r) = row.type
RETURN row.key AS key, properties(r) AS props`;

export function batches<T>(items: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Neo4j integers as plain numbers, and absent properties as null, for comparison. */
const plain = (value: unknown): unknown =>
  value === undefined ? null : neo4j.isInt(value) ? value.toNumber() : value;

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => same(x, b[i]))
    : plain(a) === plain(b);

function changesOf(file: Row, held: Row): FieldChange[] {
  return Object.keys(file)
    .filter((key) => !DERIVED.has(key) && !same(file[key], held[key]))
    .map((key) => ({ field: fieldName(key), old: plain(held[key]), new: file[key] }));
}

type Held = 'entity' | 'source' | 'indicator';
const HELD_AS = { entity: 'an entity', source: 'a source', indicator: 'an indicator' } as const;

/** The redefinitions and id clashes of `data` against the database, read through `run`. */
export async function compareWithDatabase(
  run: Run,
  data: SeedData,
): Promise<{ redefinitions: Redefinition[]; clashes: Clash[]; absent: Absent[] }> {
  const where = (record: object): string => data.origins?.get(record) ?? '';
  const held = new Map<string, Row>();
  const ids = [...data.sources, ...data.entities, ...data.indicators].map((r) => r.id);
  for (const batch of batches(ids)) {
    for (const row of await run(FIND_DEFINED, { ids: batch })) held.set(row.id as string, row);
  }
  const heldLinks = new Map<string, Row>();
  for (const batch of batches(data.relationships)) {
    const rows = batch.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      key: relationshipKey(r),
    }));
    for (const row of await run(FIND_RELATIONSHIPS, { rows }))
      heldLinks.set(row.key as string, row.props as Row);
  }

  const redefinitions: Redefinition[] = [];
  const clashes: Clash[] = [];
  const absent: Absent[] = [];
  const compare = (
    section: Redefinition['section'],
    record: object,
    id: string,
    file: Row,
    stored: Row | undefined,
  ): void => {
    if (!stored) {
      if (section !== 'sources') absent.push({ where: where(record), id });
      return;
    }
    const changes = changesOf(file, stored);
    if (changes.length) redefinitions.push({ section, where: where(record), id, changes });
  };
  /** The database's properties of `id` when it holds it as `as`; a clash when it holds it otherwise. */
  const storedAs = (record: object, id: string, as: Held): Row | undefined => {
    const row = held.get(id);
    if (!row) return undefined;
    if (row[as]) return row[as] as Row;
    const other = (['entity', 'source', 'indicator'] as const).find((k) => row[k]) ?? 'entity';
    clashes.push({ where: where(record), id, heldAs: HELD_AS[other] });
    return undefined;
  };

  for (const s of data.sources)
    compare('sources', s, s.id, storedSource(s), storedAs(s, s.id, 'source'));
  for (const e of data.entities)
    compare('entities', e, e.id, storedEntity(e), storedAs(e, e.id, 'entity'));
  for (const r of data.relationships) {
    const key = relationshipKey(r);
    compare('relationships', r, key, storedRelationship(r), heldLinks.get(key));
  }
  for (const i of data.indicators) {
    const stored = storedAs(i, i.id, 'indicator');
    const scope = held.get(i.id)?.scope;
    compare(
      'indicators',
      i,
      i.id,
      { ...storedIndicator(i), scope: i.scope },
      stored && { ...stored, scope },
    );
  }
  return { redefinitions, clashes, absent };
}
