// The generated graph as the rows the writers send: entities with their names, ids and degrees,
// relationships grouped by type (a type cannot be a parameter) with their properties.
import neo4j from 'neo4j-driver';
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
} from '../../src/data/vocabulary.ts';
import { nameKeyOf } from '../../src/data/lists.ts';
import { relationshipKey } from '../../seed/validate.ts';
import type { GeneratedGraph, KindRange } from './generate.ts';
import { KIND_NAMING } from './kinds.ts';
import { ROLES } from './links.ts';
import { SYNTHETIC_SOURCE } from './marker.ts';
import { mulberry32 } from './random.ts';

type Row = Record<string, unknown>;

const PROVENANCE = [`${SYNTHETIC_SOURCE}#1`];

/** The id of global entity index i, e.g. `enterprise:syn-000123`. */
function entityId(g: GeneratedGraph, i: number): string {
  const r = g.kinds.find((k) => i >= k.offset && i < k.offset + k.count);
  if (!r) throw new Error(`no entity ${i}`);
  return `${KIND_NAMING[r.kind].prefix}:syn-${String(i - r.offset + 1).padStart(g.width, '0')}`;
}

/**
 * The entities of one kind, one at a time: a kind can be a third of the graph, and held as one
 * array its rows kept the garbage collector busy. Their years come from a PRNG of their own,
 * seeded per kind.
 */
export function* entityRows(g: GeneratedGraph, r: KindRange): Generator<Row> {
  const random = mulberry32(g.seed ^ Math.imul(0x9e3779b9, ENTITY_KINDS.indexOf(r.kind) + 1));
  const { zh, en } = KIND_NAMING[r.kind];
  for (let i = 0; i < r.count; i++) {
    const number = String(i + 1).padStart(g.width, '0');
    const aliases = [
      `合成${zh}${Number(number)}号`,
      `SYN-${en.toUpperCase().replace(/ /g, '-')}-${number}`,
    ];
    const year = random() < 0.7 ? 1950 + Math.floor(random() * 76) : null;
    yield {
      id: entityId(g, r.offset + i),
      kind: r.kind,
      name: `合成${zh}${number}`,
      nameEn: `Synthetic ${en} ${number}`,
      aliases,
      aliasSources: aliases.map(() => ''),
      aliasReasons: aliases.map(() => 'synthetic'),
      aliasText: aliases.join(' | '),
      nameKey: nameKeyOf([`合成${zh}${number}`, `Synthetic ${en} ${number}`, ...aliases]),
      description: `Synthetic ${en.toLowerCase()} made by scripts/synthetic.ts (seed ${g.seed}) for benchmarks; not a real entity.`,
      descriptionZh: `性能测试用的合成${zh}（scripts/synthetic.ts，种子 ${g.seed}），并非真实存在。`,
      year: year === null ? null : neo4j.int(year),
      provenance: PROVENANCE,
      degree: neo4j.int(g.degree[r.offset + i] ?? 0),
    };
  }
}

export interface RelationshipBatch {
  type: RelationshipType;
  /** `{from, to, props}`: the ends by entity id, and the relationship's properties. */
  rows: Row[];
}

/** Every entity's id by global index, built once: looking each one up costs a search of the kinds. */
function entityIds(g: GeneratedGraph): (i: number) => string {
  const ids = new Array<string>(g.nodeCount);
  for (const r of g.kinds)
    for (let i = 0; i < r.count; i++) ids[r.offset + i] = entityId(g, r.offset + i);
  return (i) => ids[i] ?? '';
}

/**
 * Every relationship in generation order, with its type and its ends by global index: for the
 * import files, where order needs no grouping and nodes go by number.
 */
export function* relationshipRows(
  g: GeneratedGraph,
): Generator<{ type: RelationshipType; from: number; to: number; props: Row }> {
  const id = entityIds(g);
  for (let i = 0; i < g.relationshipCount; i++) {
    const type = RELATIONSHIP_TYPE_NAMES[g.type[i] ?? 0] ?? 'PART_OF';
    const { props } = relationshipRow(g, i, type, id);
    yield { type, from: g.from[i] ?? 0, to: g.to[i] ?? 0, props };
  }
}

/** The relationships by type, in batches of at most `size`, in generation order within a type. */
export function* relationshipBatches(
  g: GeneratedGraph,
  size: number,
): Generator<RelationshipBatch> {
  const id = entityIds(g);
  const order = Array.from({ length: g.relationshipCount }, (_, i) => i).sort(
    (p, q) => (g.type[p] ?? 0) - (g.type[q] ?? 0) || p - q,
  );
  for (let start = 0; start < order.length;) {
    const first = order[start] ?? 0;
    const type = RELATIONSHIP_TYPE_NAMES[g.type[first] ?? 0] ?? 'PART_OF';
    const rows: Row[] = [];
    let k = start;
    for (; k < order.length && rows.length < size; k++) {
      const i = order[k] ?? 0;
      if (g.type[i] !== g.type[first]) break;
      rows.push(relationshipRow(g, i, type, id));
    }
    start = k;
    yield { type, rows };
  }
}

function relationshipRow(
  g: GeneratedGraph,
  i: number,
  type: RelationshipType,
  id: (i: number) => string,
): { from: string; to: string; props: Row } {
  const a = id(g.from[i] ?? 0);
  const b = id(g.to[i] ?? 0);
  const roleIndex = g.role[i] ?? -1;
  const role = roleIndex >= 0 ? ROLES[type]?.[roleIndex] : undefined;
  const programIndex = g.program[i] ?? -1;
  const sinceYear = g.since[i] ?? 0;
  return {
    from: a,
    to: b,
    props: {
      id: relationshipKey({ from: a, type, to: b }),
      status: 'ACTUAL',
      since: sinceYear ? neo4j.int(sinceYear) : null,
      role: role?.[0] ?? null,
      roleEn: role?.[1] ?? null,
      program: programIndex >= 0 ? id(programIndex) : null,
      provenance: PROVENANCE,
    },
  };
}
