// The synthetic graph in memory, pure: the same scale and seed give the same graph, number for
// number (GENERATOR_VERSION in marker.ts says which generator made what is stored).
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPE_NAMES,
  type EntityKind,
  type RelationshipType,
} from '../../src/data/vocabulary.ts';
import { kindCounts, ZIPF } from './kinds.ts';
import { HOME_LINKS, RELATIONSHIPS_PER_NODE, ROLES, TEMPLATES, WITH_PROGRAM } from './links.ts';
import { mulberry32 } from './random.ts';

export interface KindRange {
  kind: EntityKind;
  offset: number; // global index of the kind's first entity
  count: number;
  /** Cumulative Zipf weights by popularity rank, and the entity (local number) at each rank. */
  cumulative: Float64Array;
  byRank: Int32Array;
}

/** Relationship i: from[i] -[RELATIONSHIP_TYPE_NAMES[type[i]]]-> to[i], global entity indexes. */
export interface Relationships {
  from: Int32Array;
  to: Int32Array;
  type: Uint8Array;
  since: Int16Array; // 0 = not stated
  role: Int8Array; // -1 = none, else an index into ROLES[type]
  program: Int32Array; // -1 = none, else a global entity index of a PROGRAM
}

export interface GeneratedGraph extends Relationships {
  scale: number;
  seed: number;
  kinds: KindRange[];
  nodeCount: number;
  relationshipCount: number;
  width: number; // digits in the numbers of ids and names
  /** Relationships at each entity, either direction: what `COUNT { (n)--(:Entity) }` gives. */
  degree: Int32Array;
}

type Random = () => number;
/** A popularity-weighted member of a kind (global index). */
type Pick = (kind: EntityKind) => number;

export function generate(scale: number, seed: number): GeneratedGraph {
  const random = mulberry32(seed);
  const nodeCount = scale * 1000;
  const counts = kindCounts(nodeCount);
  const width = Math.max(6, String(Math.max(...Object.values(counts))).length);
  const kinds = kindRanges(counts, random);
  const pick = picker(kinds, random);
  const links = new Links(nodeCount * RELATIONSHIPS_PER_NODE, nodeCount, random, pick);
  linkEveryEntity(kinds, links, pick, random);
  linkByTemplate(links, pick, random);
  const relationshipCount = links.count;
  const degree = degrees(links.arrays, nodeCount, relationshipCount);
  return { scale, seed, kinds, nodeCount, ...links.arrays, relationshipCount, width, degree };
}

/** Counted here, where every relationship is known, instead of by a pass over the stored graph. */
function degrees(r: Relationships, nodeCount: number, count: number): Int32Array {
  const degree = new Int32Array(nodeCount);
  const add = (n: number): void => void (degree[n] = (degree[n] ?? 0) + 1);
  for (let i = 0; i < count; i++) {
    add(r.from[i] ?? 0);
    add(r.to[i] ?? 0);
  }
  return degree;
}

/** Each kind's place among the global indexes, with its members shuffled into a popularity order. */
function kindRanges(counts: Record<EntityKind, number>, random: Random): KindRange[] {
  let offset = 0;
  return ENTITY_KINDS.map((kind) => {
    const count = counts[kind];
    const byRank = new Int32Array(count);
    for (let i = 0; i < count; i++) byRank[i] = i;
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = byRank[i] ?? 0;
      byRank[i] = byRank[j] ?? 0;
      byRank[j] = tmp;
    }
    const cumulative = new Float64Array(count);
    let sum = 0;
    for (let r = 0; r < count; r++) cumulative[r] = sum += 1 / (r + 1) ** ZIPF[kind];
    const range = { kind, offset, count, cumulative, byRank };
    offset += count;
    return range;
  });
}

function picker(kinds: readonly KindRange[], random: Random): Pick {
  const rangeOf = new Map(kinds.map((k) => [k.kind, k]));
  return (kind) => {
    const r = rangeOf.get(kind);
    if (!r) throw new Error(`no kind ${kind}`);
    const target = random() * (r.cumulative[r.count - 1] ?? 0);
    let lo = 0;
    let hi = r.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((r.cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return r.offset + (r.byRank[lo] ?? 0);
  };
}

const TYPE_INDEX = new Map(RELATIONSHIP_TYPE_NAMES.map((t, i) => [t, i]));
const typeIndex = (t: RelationshipType): number => TYPE_INDEX.get(t) ?? -1;

/** The relationships so far, at most one of each (from, type, to) and none from an entity to itself. */
class Links {
  readonly arrays: Relationships;
  count = 0;
  readonly #seen = new Set<number>();

  constructor(
    readonly capacity: number,
    private readonly nodeCount: number,
    private readonly random: Random,
    private readonly pick: Pick,
  ) {
    this.arrays = {
      from: new Int32Array(capacity),
      to: new Int32Array(capacity),
      type: new Uint8Array(capacity),
      since: new Int16Array(capacity),
      role: new Int8Array(capacity),
      program: new Int32Array(capacity),
    };
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  /** Adds a -[t]-> b with its made-up properties; false when it is not allowed or already there. */
  add(a: number, t: RelationshipType, b: number): boolean {
    if (a === b || this.full) return false;
    const key = (a * RELATIONSHIP_TYPE_NAMES.length + typeIndex(t)) * this.nodeCount + b;
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    const { random } = this;
    const n = this.count++;
    const { from, to, type, since, role, program } = this.arrays;
    from[n] = a;
    to[n] = b;
    type[n] = typeIndex(t);
    since[n] = random() < 0.6 ? 2000 + Math.floor(random() * 26) : 0;
    const roles = ROLES[t];
    role[n] = roles && random() < 0.3 ? Math.floor(random() * roles.length) : -1;
    program[n] = WITH_PROGRAM.has(t) && random() < 0.2 ? this.pick('PROGRAM') : -1;
    return true;
  }
}

/** Every entity gets one link of a kind that suits it, to a popularity-weighted partner. */
function linkEveryEntity(
  kinds: readonly KindRange[],
  links: Links,
  pick: Pick,
  random: Random,
): void {
  for (const r of kinds) {
    const options = HOME_LINKS[r.kind];
    for (let i = 0; i < r.count; i++) {
      const self = r.offset + i;
      const option = options[Math.floor(random() * options.length)];
      if (!option) continue;
      const [t, direction, other] = option;
      for (let attempt = 0; attempt < 20; attempt++) {
        const partner = pick(other);
        if (direction === 'out' ? links.add(self, t, partner) : links.add(partner, t, self)) break;
      }
    }
  }
}

/**
 * The rest by template share, both ends popularity-weighted: preferential attachment without
 * the bookkeeping, so a few entities collect thousands of links and most a handful.
 */
function linkByTemplate(links: Links, pick: Pick, random: Random): void {
  const weightSum = TEMPLATES.reduce((s, t) => s + t[3], 0);
  for (let attempts = 0; !links.full && attempts < links.capacity * 20; attempts++) {
    let x = random() * weightSum;
    let template = TEMPLATES[TEMPLATES.length - 1];
    for (const t of TEMPLATES) {
      x -= t[3];
      if (x < 0) {
        template = t;
        break;
      }
    }
    if (!template) break;
    const [t, a, b] = template;
    links.add(pick(a), t, pick(b));
  }
}
