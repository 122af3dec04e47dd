// A deterministic synthetic graph for benchmarks: the curated model (11 kinds, 20 relationship
// types, provenance on everything) at scale, with heavy-tailed degrees. It lives in its own
// Neo4j (data in .neo4j/synthetic, Bolt 7688), never in the curated database.
//
//   npm run seed:synthetic -- [--scale 100] [--seed 20251122] [--force]
//
// --scale N makes N thousand entities and five times as many relationships. Running it again
// with the same scale and seed changes nothing (a marker on the source:synthetic node says what
// is there); --force wipes the synthetic database and generates it again.
// SYNTHETIC_BOLT_PORT picks the local Bolt port; SYNTHETIC_NEO4J_URI (with optional
// SYNTHETIC_NEO4J_USERNAME, SYNTHETIC_NEO4J_PASSWORD, SYNTHETIC_NEO4J_DATABASE) uses an external
// server instead, which must hold nothing but synthetic data.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver, Graph } from '../src/neo4j/graph.ts';
import { migrate } from '../src/neo4j/migrations.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localServer.ts';
import { ENTITY_KINDS, type EntityKind } from '../src/data/vocabulary.ts';
import {
  KIND_LABEL,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
} from '../src/data/vocabulary.ts';
import { relationshipKey } from '../seed/validate.ts';

export const DEFAULT_SCALE = 100;
export const DEFAULT_SEED = 20251122;
const MAX_SCALE = 10_000;
const RELATIONSHIPS_PER_NODE = 5;
const BATCH = 10_000;
/** Bumped whenever the generator's output changes, so an old graph is not taken for a new one. */
const GENERATOR_VERSION = 1;

export const SYNTHETIC_SOURCE = 'source:synthetic';
const PROVENANCE = [`${SYNTHETIC_SOURCE}#1`];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SYNTHETIC_DATA_DIR = resolve(ROOT, '.neo4j/synthetic');
const DEFAULT_BOLT_PORT = 7688;

// ---------------------------------------------------------------------------------------------
// The shape of the graph

/** Entities per kind in seed/data/entities.json (168 in all): the synthetic set keeps these shares. */
const CURATED_KIND_COUNTS: Readonly<Record<EntityKind, number>> = {
  ENTERPRISE: 10,
  UNIVERSITY: 8,
  RESEARCH_INSTITUTE: 2,
  PLATFORM: 32,
  TALENT: 10,
  PROJECT: 4,
  PROGRAM: 54,
  EVENT: 18,
  INDUSTRY: 18,
  REGION: 10,
  AGENCY: 2,
};

/** Id prefixes and names, following the curated ids (`enterprise:ruitang`, `institute:…`). */
const KIND_NAMING: Readonly<Record<EntityKind, { prefix: string; zh: string; en: string }>> = {
  ENTERPRISE: { prefix: 'enterprise', zh: '企业', en: 'Enterprise' },
  UNIVERSITY: { prefix: 'university', zh: '高校', en: 'University' },
  RESEARCH_INSTITUTE: { prefix: 'institute', zh: '院所', en: 'Research Institute' },
  PLATFORM: { prefix: 'platform', zh: '平台', en: 'Platform' },
  TALENT: { prefix: 'talent', zh: '人才', en: 'Talent' },
  PROJECT: { prefix: 'project', zh: '项目', en: 'Project' },
  PROGRAM: { prefix: 'program', zh: '计划', en: 'Program' },
  EVENT: { prefix: 'event', zh: '活动', en: 'Event' },
  INDUSTRY: { prefix: 'industry', zh: '产业', en: 'Industry' },
  REGION: { prefix: 'region', zh: '地区', en: 'Region' },
  AGENCY: { prefix: 'agency', zh: '机构', en: 'Agency' },
};

/**
 * How strongly each kind concentrates its links on a few members: endpoint i (in a shuffled
 * order) of a kind is chosen with weight 1 / (i + 1)^s. Regions, industries, programs and
 * universities get the steepest tails (a few with thousands of links), the rest a milder one.
 */
const ZIPF: Readonly<Record<EntityKind, number>> = {
  ENTERPRISE: 0.8,
  UNIVERSITY: 1.0,
  RESEARCH_INSTITUTE: 0.8,
  PLATFORM: 0.8,
  TALENT: 0.7,
  PROJECT: 0.7,
  PROGRAM: 1.0,
  EVENT: 0.8,
  INDUSTRY: 1.0,
  REGION: 1.05,
  AGENCY: 0.9,
};

type Template = readonly [RelationshipType, EntityKind, EntityKind, number];

/**
 * Relationship types with the endpoint kinds the curated data uses them for (from → to), and
 * their share of the relationships after every entity has its first link (per mille).
 */
const TEMPLATES: readonly Template[] = [
  // COLLABORATION
  ['PAIRED_WITH', 'ENTERPRISE', 'UNIVERSITY', 45],
  ['COOPERATES_WITH', 'ENTERPRISE', 'UNIVERSITY', 35],
  ['COOPERATES_WITH', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 15],
  ['COOPERATES_WITH', 'ENTERPRISE', 'TALENT', 15],
  ['COOPERATES_WITH', 'ENTERPRISE', 'ENTERPRISE', 20],
  ['COOPERATES_WITH', 'REGION', 'UNIVERSITY', 5],
  ['CO_BUILDS', 'ENTERPRISE', 'PLATFORM', 25],
  ['CO_BUILDS', 'UNIVERSITY', 'PLATFORM', 20],
  ['CO_BUILDS', 'TALENT', 'PLATFORM', 10],
  ['CO_BUILDS', 'REGION', 'PLATFORM', 5],
  ['HOSTS', 'PLATFORM', 'EVENT', 25],
  ['HOSTS', 'RESEARCH_INSTITUTE', 'PROJECT', 10],
  ['HOSTS', 'REGION', 'EVENT', 10],
  ['LEADS', 'TALENT', 'PROJECT', 20],
  ['LEADS', 'TALENT', 'ENTERPRISE', 10],
  ['LEADS', 'TALENT', 'TALENT', 5],
  ['JOINED', 'TALENT', 'ENTERPRISE', 15],
  ['JOINED', 'TALENT', 'PLATFORM', 10],
  ['DEVELOPS', 'ENTERPRISE', 'PROJECT', 30],
  // AFFILIATION
  ['WORKS_AT', 'TALENT', 'ENTERPRISE', 40],
  ['WORKS_AT', 'TALENT', 'UNIVERSITY', 20],
  ['WORKS_AT', 'TALENT', 'RESEARCH_INSTITUTE', 10],
  ['STUDIES_AT', 'TALENT', 'UNIVERSITY', 15],
  ['PART_OF', 'PLATFORM', 'PLATFORM', 10],
  ['PART_OF', 'UNIVERSITY', 'UNIVERSITY', 5],
  ['PART_OF', 'TALENT', 'UNIVERSITY', 5],
  ['PART_OF', 'REGION', 'REGION', 5],
  ['LOCATED_IN', 'ENTERPRISE', 'REGION', 30],
  ['LOCATED_IN', 'PLATFORM', 'REGION', 15],
  ['LOCATED_IN', 'EVENT', 'REGION', 15],
  ['LOCATED_IN', 'UNIVERSITY', 'REGION', 5],
  ['LOCATED_IN', 'RESEARCH_INSTITUTE', 'REGION', 5],
  ['LOCATED_IN', 'AGENCY', 'REGION', 2],
  // POLICY
  ['SELECTED_FOR', 'TALENT', 'PROGRAM', 25],
  ['SELECTED_FOR', 'PROJECT', 'PROGRAM', 15],
  ['SELECTED_FOR', 'ENTERPRISE', 'PROGRAM', 20],
  ['PARTICIPATES_IN', 'ENTERPRISE', 'PROGRAM', 25],
  ['PARTICIPATES_IN', 'UNIVERSITY', 'PROGRAM', 15],
  ['PARTICIPATES_IN', 'REGION', 'PROGRAM', 5],
  ['PARTICIPATES_IN', 'UNIVERSITY', 'EVENT', 10],
  ['LAUNCHED', 'REGION', 'PROGRAM', 35],
  ['LAUNCHED', 'AGENCY', 'PROGRAM', 15],
  ['HOLDS', 'REGION', 'EVENT', 15],
  ['BUILDS', 'REGION', 'PLATFORM', 15],
  ['SUPPORTS', 'AGENCY', 'ENTERPRISE', 10],
  ['SUPPORTS', 'PROGRAM', 'PROJECT', 15],
  ['SUPPORTS', 'REGION', 'ENTERPRISE', 5],
  ['SUPPORTS', 'UNIVERSITY', 'PROJECT', 5],
  ['COMPETED_IN', 'ENTERPRISE', 'EVENT', 20],
  ['COMPETED_IN', 'PROJECT', 'EVENT', 10],
  ['WON', 'TALENT', 'EVENT', 10],
  ['WON', 'ENTERPRISE', 'EVENT', 5],
  ['IN_INDUSTRY', 'ENTERPRISE', 'INDUSTRY', 45],
  ['IN_INDUSTRY', 'PROJECT', 'INDUSTRY', 15],
  ['LEADS_CHAIN', 'ENTERPRISE', 'INDUSTRY', 5],
  ['SERVES', 'PLATFORM', 'INDUSTRY', 25],
  ['SERVES', 'PLATFORM', 'REGION', 10],
];

/** Each entity's first link, so none is isolated: [type, the entity is from or to, other kind]. */
const HOME_LINKS: Readonly<
  Record<EntityKind, readonly [RelationshipType, 'out' | 'in', EntityKind][]>
> = {
  ENTERPRISE: [['LOCATED_IN', 'out', 'REGION']],
  UNIVERSITY: [['LOCATED_IN', 'out', 'REGION']],
  RESEARCH_INSTITUTE: [['LOCATED_IN', 'out', 'REGION']],
  PLATFORM: [['LOCATED_IN', 'out', 'REGION']],
  TALENT: [
    ['WORKS_AT', 'out', 'ENTERPRISE'],
    ['WORKS_AT', 'out', 'UNIVERSITY'],
    ['STUDIES_AT', 'out', 'UNIVERSITY'],
  ],
  PROJECT: [
    ['DEVELOPS', 'in', 'ENTERPRISE'],
    ['HOSTS', 'in', 'RESEARCH_INSTITUTE'],
  ],
  PROGRAM: [
    ['LAUNCHED', 'in', 'REGION'],
    ['LAUNCHED', 'in', 'AGENCY'],
  ],
  EVENT: [
    ['LOCATED_IN', 'out', 'REGION'],
    ['HOSTS', 'in', 'PLATFORM'],
  ],
  INDUSTRY: [
    ['IN_INDUSTRY', 'in', 'ENTERPRISE'],
    ['SERVES', 'in', 'PLATFORM'],
  ],
  REGION: [['PART_OF', 'out', 'REGION']],
  AGENCY: [['LOCATED_IN', 'out', 'REGION']],
};

/** Roles some relationships state, in Chinese and English, like the curated `role`/`roleEn`. */
const ROLES: Partial<Record<RelationshipType, readonly [string, string][]>> = {
  PAIRED_WITH: [
    ['结对企业', 'paired enterprise'],
    ['首批结对企业', 'first-batch paired enterprise'],
  ],
  COOPERATES_WITH: [
    ['联合研发', 'joint R&D'],
    ['技术合作', 'technical cooperation'],
  ],
  WORKS_AT: [
    ['研发负责人', 'head of R&D'],
    ['博士后', 'postdoctoral researcher'],
  ],
  LEADS: [['负责人', 'leader']],
  CO_BUILDS: [['共建单位', 'co-builder']],
  WON: [
    ['一等奖', 'first prize'],
    ['优秀奖', 'honourable mention'],
  ],
};
/** Relationships that may name the program they belong to (`program`, as in the curated data). */
const WITH_PROGRAM: ReadonlySet<RelationshipType> = new Set([
  'PAIRED_WITH',
  'COOPERATES_WITH',
  'SUPPORTS',
]);

// ---------------------------------------------------------------------------------------------
// Generation (pure: the same scale and seed give the same graph)

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function kindCounts(total: number): Record<EntityKind, number> {
  const curated = ENTITY_KINDS.reduce((sum, k) => sum + CURATED_KIND_COUNTS[k], 0);
  const exact = ENTITY_KINDS.map((k) => (total * CURATED_KIND_COUNTS[k]) / curated);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  // Largest remainders get the entities rounding left over, so the counts add up to the total.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0]);
  let left = total - counts.reduce((s, c) => s + c, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return Object.fromEntries(ENTITY_KINDS.map((k, i) => [k, counts[i] ?? 1])) as Record<
    EntityKind,
    number
  >;
}

interface KindRange {
  kind: EntityKind;
  offset: number; // global index of the kind's first entity
  count: number;
  /** Cumulative Zipf weights by popularity rank, and the entity (local number) at each rank. */
  cumulative: Float64Array;
  byRank: Int32Array;
}

export interface GeneratedGraph {
  scale: number;
  seed: number;
  kinds: KindRange[];
  nodeCount: number;
  /** Relationship i: from[i] -[TYPES[type[i]]]-> to[i], global entity indexes. */
  from: Int32Array;
  to: Int32Array;
  type: Uint8Array;
  since: Int16Array; // 0 = not stated
  role: Int8Array; // -1 = none, else an index into ROLES[type]
  program: Int32Array; // -1 = none, else a global entity index of a PROGRAM
  relationshipCount: number;
  width: number; // digits in the numbers of ids and names
}

const TYPE_INDEX = new Map(RELATIONSHIP_TYPE_NAMES.map((t, i) => [t, i]));
const typeIndex = (t: RelationshipType): number => TYPE_INDEX.get(t) ?? -1;

export function generate(scale: number, seed: number): GeneratedGraph {
  const random = mulberry32(seed);
  const nodeCount = scale * 1000;
  const counts = kindCounts(nodeCount);
  const width = Math.max(6, String(Math.max(...Object.values(counts))).length);

  let offset = 0;
  const kinds: KindRange[] = ENTITY_KINDS.map((kind) => {
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
  const rangeOf = new Map(kinds.map((k) => [k.kind, k]));
  const range = (kind: EntityKind): KindRange => {
    const r = rangeOf.get(kind);
    if (!r) throw new Error(`no kind ${kind}`);
    return r;
  };
  /** A popularity-weighted member of a kind (global index). */
  const pick = (kind: EntityKind): number => {
    const r = range(kind);
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

  const total = nodeCount * RELATIONSHIPS_PER_NODE;
  const from = new Int32Array(total);
  const to = new Int32Array(total);
  const type = new Uint8Array(total);
  const since = new Int16Array(total);
  const role = new Int8Array(total);
  const program = new Int32Array(total);
  const seen = new Set<number>();
  const types = RELATIONSHIP_TYPE_NAMES.length;
  let n = 0;
  const add = (a: number, t: RelationshipType, b: number): boolean => {
    if (a === b || n >= total) return false;
    const key = (a * types + typeIndex(t)) * nodeCount + b;
    if (seen.has(key)) return false;
    seen.add(key);
    from[n] = a;
    to[n] = b;
    type[n] = typeIndex(t);
    since[n] = random() < 0.6 ? 2000 + Math.floor(random() * 26) : 0;
    const roles = ROLES[t];
    role[n] = roles && random() < 0.3 ? Math.floor(random() * roles.length) : -1;
    program[n] = WITH_PROGRAM.has(t) && random() < 0.2 ? pick('PROGRAM') : -1;
    n++;
    return true;
  };

  // 1. Every entity gets one link of a kind that suits it, to a popularity-weighted partner.
  for (const r of kinds) {
    const options = HOME_LINKS[r.kind];
    for (let i = 0; i < r.count; i++) {
      const self = r.offset + i;
      const option = options[Math.floor(random() * options.length)];
      if (!option) continue;
      const [t, direction, other] = option;
      for (let attempt = 0; attempt < 20; attempt++) {
        const partner = pick(other);
        if (direction === 'out' ? add(self, t, partner) : add(partner, t, self)) break;
      }
    }
  }

  // 2. The rest by template share, both ends popularity-weighted: preferential attachment
  // without the bookkeeping, so a few entities collect thousands of links and most a handful.
  const weights = TEMPLATES.map((t) => t[3]);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  let attempts = 0;
  while (n < total && attempts < total * 20) {
    attempts++;
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
    add(pick(a), t, pick(b));
  }

  return {
    scale,
    seed,
    kinds,
    nodeCount,
    from,
    to,
    type,
    since,
    role,
    program,
    relationshipCount: n,
    width,
  };
}

/** The id of global entity index i, e.g. `enterprise:syn-000123`. */
function entityId(g: GeneratedGraph, i: number): string {
  const r = g.kinds.find((k) => i >= k.offset && i < k.offset + k.count);
  if (!r) throw new Error(`no entity ${i}`);
  return `${KIND_NAMING[r.kind].prefix}:syn-${String(i - r.offset + 1).padStart(g.width, '0')}`;
}

function entityRows(g: GeneratedGraph, r: KindRange): Record<string, unknown>[] {
  const random = mulberry32(g.seed ^ Math.imul(0x9e3779b9, ENTITY_KINDS.indexOf(r.kind) + 1));
  const { zh, en } = KIND_NAMING[r.kind];
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < r.count; i++) {
    const number = String(i + 1).padStart(g.width, '0');
    const aliases = [
      `合成${zh}${Number(number)}号`,
      `SYN-${en.toUpperCase().replace(/ /g, '-')}-${number}`,
    ];
    const year = random() < 0.7 ? 1950 + Math.floor(random() * 76) : null;
    rows.push({
      id: entityId(g, r.offset + i),
      kind: r.kind,
      name: `合成${zh}${number}`,
      nameEn: `Synthetic ${en} ${number}`,
      aliases,
      aliasSources: aliases.map(() => ''),
      aliasReasons: aliases.map(() => 'synthetic'),
      aliasText: aliases.join(' | '),
      description: `Synthetic ${en.toLowerCase()} made by scripts/synthetic.ts (seed ${g.seed}) for benchmarks; not a real entity.`,
      descriptionZh: `性能测试用的合成${zh}（scripts/synthetic.ts，种子 ${g.seed}），并非真实存在。`,
      year: year === null ? null : neo4j.int(year),
      provenance: PROVENANCE,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The database

export interface SyntheticDatabase {
  uri: string;
  driver: Driver;
  graph: Graph;
  database: string;
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

function envPort(): number {
  const raw = process.env.SYNTHETIC_BOLT_PORT?.trim();
  if (!raw) return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535)
    throw new Error(`SYNTHETIC_BOLT_PORT="${raw}" is invalid: expected a port from 1 to 65535.`);
  return port;
}

/** Starts the synthetic Neo4j (or connects to SYNTHETIC_NEO4J_URI) and applies the migrations. */
export async function openSyntheticDatabase(
  say: (line: string) => void,
): Promise<SyntheticDatabase> {
  const external = process.env.SYNTHETIC_NEO4J_URI?.trim() || null;
  const database = process.env.SYNTHETIC_NEO4J_DATABASE?.trim() || 'neo4j';
  let local: LocalNeo4j | null = null;
  let uri = external;
  if (uri === null) {
    say(`Starting the synthetic Neo4j (data in ${SYNTHETIC_DATA_DIR})…`);
    local = await startLocalNeo4j({
      boltPort: envPort(),
      dataDir: SYNTHETIC_DATA_DIR,
      heap: '1g',
      pageCache: '512m',
      log: say,
    });
    uri = local.uri;
  }
  const driver = createDriver({
    uri,
    username: process.env.SYNTHETIC_NEO4J_USERNAME?.trim() || 'neo4j',
    password: process.env.SYNTHETIC_NEO4J_PASSWORD ?? '',
    database,
  });
  const close = async (): Promise<void> => {
    await driver.close();
    await local?.stop();
  };
  try {
    await driver.verifyConnectivity({ database });
    const graph = new Graph(driver, database, { timeoutMs: 600_000 });
    await migrate(graph);
    return { uri, driver, graph, database, local, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface Marker {
  scale: number | null;
  seed: number | null;
  version: number | null;
  complete: boolean;
  /** Sources and entities that are not synthetic: their presence means "not our database". */
  foreign: number;
  entities: number;
}

const MARKER = `
OPTIONAL MATCH (s:Source {id: '${SYNTHETIC_SOURCE}'})
RETURN s.syntheticScale AS scale, s.syntheticSeed AS seed, s.syntheticVersion AS version,
       coalesce(s.syntheticComplete, false) AS complete,
       COUNT { MATCH (x:Source) WHERE x.id <> '${SYNTHETIC_SOURCE}' } +
       COUNT { MATCH (i:Indicator) } +
       COUNT { MATCH (e:Entity) WHERE NOT e.id CONTAINS ':syn-' } AS foreign,
       COUNT { MATCH (e:Entity) } AS entities`;

export async function readMarker(db: SyntheticDatabase): Promise<Marker> {
  const [row] = await db.graph.read<Marker>(MARKER);
  if (!row) throw new Error('marker query returned no row');
  return row;
}

async function wipe(db: SyntheticDatabase, say: (line: string) => void): Promise<void> {
  say('Removing the previous synthetic graph…');
  const session = db.driver.session({ database: db.database });
  try {
    // Auto-commit with inner transactions: one huge delete would exceed the transaction memory.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const secondsSince = (t: number): string => ((performance.now() - t) / 1000).toFixed(1);

export interface GenerationSummary {
  scale: number;
  seed: number;
  entities: number;
  relationships: number;
  seconds: number;
  skipped: boolean;
}

/**
 * Makes sure the synthetic database holds the graph of this scale and seed: does nothing when it
 * already does, generates it into an empty (or unfinished) one, and replaces a different one only
 * with `force`. Refuses a database that holds anything not synthetic.
 */
export async function ensureSyntheticGraph(
  db: SyntheticDatabase,
  opts: { scale: number; seed: number; force: boolean },
  say: (line: string) => void,
): Promise<GenerationSummary> {
  const started = performance.now();
  const marker = await readMarker(db);
  if (marker.foreign > 0) {
    throw new Error(
      `The database at ${db.uri} holds ${fmt(marker.foreign)} records that are not synthetic; the synthetic graph only goes into its own database. Point SYNTHETIC_NEO4J_URI elsewhere (or unset it to use ${SYNTHETIC_DATA_DIR}).`,
    );
  }
  const same =
    marker.complete &&
    marker.scale === opts.scale &&
    marker.seed === opts.seed &&
    marker.version === GENERATOR_VERSION;
  if (same && !opts.force) {
    const counts = await graphCounts(db);
    say(
      `The synthetic graph (scale ${opts.scale}, seed ${opts.seed}) is already there: ${fmt(counts.entities)} entities, ${fmt(counts.relationships)} relationships. Nothing to do (--force regenerates it).`,
    );
    return { ...opts, ...counts, seconds: 0, skipped: true };
  }
  if (marker.complete && !same && !opts.force) {
    throw new Error(
      `The synthetic database holds a different graph (scale ${String(marker.scale)}, seed ${String(marker.seed)}, generator v${String(marker.version)}); run with --force to replace it with scale ${opts.scale}, seed ${opts.seed}.`,
    );
  }
  if (marker.entities > 0 || marker.scale !== null) {
    if (!marker.complete) say('Found an unfinished synthetic graph (an interrupted run).');
    await wipe(db, say);
  }

  say(
    `Generating the synthetic graph: scale ${opts.scale} (${fmt(opts.scale * 1000)} entities, ~${fmt(opts.scale * 1000 * RELATIONSHIPS_PER_NODE)} relationships), seed ${opts.seed}…`,
  );
  let t = performance.now();
  const g = generate(opts.scale, opts.seed);
  say(
    `Generated ${fmt(g.nodeCount)} entities and ${fmt(g.relationshipCount)} relationships in memory in ${secondsSince(t)} s.`,
  );

  // The source first, marked unfinished: a run stopped half-way is recognised and redone.
  await db.graph.writeTransaction((run) =>
    run(
      `MERGE (s:Source {id: $id})
       SET s += $props, s.syntheticComplete = false`,
      {
        id: SYNTHETIC_SOURCE,
        props: {
          title: '合成基准测试数据（非真实数据）',
          titleEn: 'Synthetic benchmark data (NOT real): generated by scripts/synthetic.ts',
          publisher: null,
          date: null,
          dateNote: `Generated ${new Date().toISOString()} with scale ${opts.scale} and seed ${opts.seed}; every entity and relationship citing it is made up.`,
          fileName: 'synthetic',
          paragraphCount: neo4j.int(1),
          synthetic: true,
          syntheticScale: neo4j.int(opts.scale),
          syntheticSeed: neo4j.int(opts.seed),
          syntheticVersion: neo4j.int(GENERATOR_VERSION),
        },
      },
    ),
  );

  t = performance.now();
  let written = 0;
  let reported = 0;
  for (const r of g.kinds) {
    const rows = entityRows(g, r);
    const cypher = `UNWIND $rows AS row CREATE (n:Entity:${KIND_LABEL[r.kind]}) SET n = row`;
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await db.graph.writeTransaction((run) => run(cypher, { rows: batch }));
      written += batch.length;
      if (written - reported >= g.nodeCount / 10 || written === g.nodeCount) {
        reported = written;
        say(`  entities ${fmt(written)} / ${fmt(g.nodeCount)} (${secondsSince(t)} s)`);
      }
    }
  }
  const entitySeconds = secondsSince(t);

  // Relationships grouped by type (a type cannot be a parameter), in batches of BATCH.
  t = performance.now();
  const ids = new Array<string>(g.nodeCount);
  for (const r of g.kinds)
    for (let i = 0; i < r.count; i++) ids[r.offset + i] = entityId(g, r.offset + i);
  const id = (i: number): string => ids[i] ?? '';
  const order = Array.from({ length: g.relationshipCount }, (_, i) => i).sort(
    (p, q) => (g.type[p] ?? 0) - (g.type[q] ?? 0) || p - q,
  );
  written = 0;
  reported = 0;
  for (let start = 0; start < order.length;) {
    const first = order[start] ?? 0;
    const typeName = RELATIONSHIP_TYPE_NAMES[g.type[first] ?? 0] ?? 'PART_OF';
    const batch: Record<string, unknown>[] = [];
    let k = start;
    for (; k < order.length && batch.length < BATCH; k++) {
      const i = order[k] ?? 0;
      if (g.type[i] !== g.type[first]) break;
      const a = id(g.from[i] ?? 0);
      const b = id(g.to[i] ?? 0);
      const roleIndex = g.role[i] ?? -1;
      const role = roleIndex >= 0 ? ROLES[typeName]?.[roleIndex] : undefined;
      const programIndex = g.program[i] ?? -1;
      const sinceYear = g.since[i] ?? 0;
      batch.push({
        from: a,
        to: b,
        props: {
          id: relationshipKey({ from: a, type: typeName, to: b }),
          status: 'ACTUAL',
          since: sinceYear ? neo4j.int(sinceYear) : null,
          role: role?.[0] ?? null,
          roleEn: role?.[1] ?? null,
          program: programIndex >= 0 ? id(programIndex) : null,
          provenance: PROVENANCE,
        },
      });
    }
    start = k;
    const cypher = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${typeName}]->(b)
SET r = row.props`;
    await db.graph.writeTransaction((run) => run(cypher, { rows: batch }));
    written += batch.length;
    if (written - reported >= g.relationshipCount / 10 || written === g.relationshipCount) {
      reported = written;
      say(`  relationships ${fmt(written)} / ${fmt(g.relationshipCount)} (${secondsSince(t)} s)`);
    }
  }
  const relationshipSeconds = secondsSince(t);

  // The same degree the curated loader stores (seed/load.ts), in inner transactions.
  t = performance.now();
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(
      'MATCH (n:Entity) CALL (n) { SET n.degree = COUNT { (n)--(:Entity) } } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
  }
  const degreeSeconds = secondsSince(t);

  const counts = await graphCounts(db);
  await db.graph.writeTransaction((run) =>
    run(
      `MATCH (s:Source {id: $id})
       SET s.syntheticComplete = true, s.syntheticEntities = $entities,
           s.syntheticRelationships = $relationships`,
      {
        id: SYNTHETIC_SOURCE,
        entities: neo4j.int(counts.entities),
        relationships: neo4j.int(counts.relationships),
      },
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  say(
    `Wrote entities in ${entitySeconds} s, relationships in ${relationshipSeconds} s, degrees in ${degreeSeconds} s.`,
  );
  return { ...opts, ...counts, seconds, skipped: false };
}

export async function graphCounts(
  db: SyntheticDatabase,
): Promise<{ entities: number; relationships: number }> {
  const [row] = await db.graph.read<{ entities: number; relationships: number }>(
    'RETURN COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH ()-[]->() } AS relationships',
  );
  return row ?? { entities: 0, relationships: 0 };
}

/** A short description of what is in the database: kinds, types and the degree distribution. */
export async function describe(db: SyntheticDatabase): Promise<string[]> {
  const [row] = await db.graph.read<{
    kinds: { kind: string; n: number }[];
    degrees: number[];
    hubs: { id: string; degree: number }[];
  }>(`
CALL () { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS n ORDER BY kind RETURN collect({kind: kind, n: n}) AS kinds }
CALL () { MATCH (n:Entity) WITH n.degree AS d ORDER BY d
          WITH collect(d) AS ds
          RETURN [p IN [0.5, 0.9, 0.99, 0.999] | ds[toInteger(p * (size(ds) - 1))]] + [ds[-1]] AS degrees }
CALL () { MATCH (n:Entity) WITH n ORDER BY n.degree DESC LIMIT 5 RETURN collect({id: n.id, degree: n.degree}) AS hubs }
RETURN kinds, degrees, hubs`);
  if (!row) return [];
  const [p50, p90, p99, p999, max] = row.degrees;
  return [
    `Entities by kind: ${row.kinds.map((k) => `${k.kind} ${fmt(k.n)}`).join(', ')}.`,
    `Degree: median ${String(p50)}, p90 ${String(p90)}, p99 ${String(p99)}, p99.9 ${String(p999)}, max ${String(max)}.`,
    `Biggest hubs: ${row.hubs.map((h) => `${h.id} (${fmt(h.degree)})`).join(', ')}.`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Command line

function parseOptions(argv: string[]): { scale: number; seed: number; force: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run seed:synthetic -- [--scale N (thousands of entities, default 100)] [--seed S] [--force]\n',
    );
    process.exit(0);
  }
  const integer = (
    name: string,
    raw: string | undefined,
    fallback: number,
    max: number,
  ): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 1 || value > max)
      throw new UsageError(`--${name} ${raw} is invalid: expected an integer from 1 to ${max}.`);
    return value;
  };
  return {
    scale: integer('scale', values.scale, DEFAULT_SCALE, MAX_SCALE),
    seed: integer('seed', values.seed, DEFAULT_SEED, 0xffffffff),
    force: values.force,
  };
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  let options: { scale: number; seed: number; force: boolean };
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const started = performance.now();
  const db = await openSyntheticDatabase(say);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    say('Interrupted: stopping the synthetic Neo4j (the next run redoes the unfinished graph)…');
    void db.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const summary = await ensureSyntheticGraph(db, options, say);
    if (!summary.skipped) {
      for (const line of await describe(db)) say(line);
      say(
        `Synthetic graph ready: ${fmt(summary.entities)} entities, ${fmt(summary.relationships)} relationships (scale ${summary.scale}, seed ${summary.seed}) in ${summary.seconds.toFixed(1)} s; ${((performance.now() - started) / 1000).toFixed(1)} s with the Neo4j start and stop.`,
      );
    }
  } finally {
    await db.close();
  }
}

const entry = process.argv[1];
if (entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
