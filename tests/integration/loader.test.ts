// The seed loader against real Neo4j: bad files are refused with a message naming the file, the
// record and the field, and nothing of them is written; good files load idempotently. The shared
// test database must stay exactly the curated data, so the researcher's example file is loaded
// into a throwaway Neo4j of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CURATED_FILES, loadSeed, readSeedFiles, type LoadSummary } from '../../seed/load.ts';
import { SeedError } from '../../seed/validate.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { startTestApi, testDriver } from '../helpers/api.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = join(ROOT, 'seed', 'examples', 'my-survey.json');
const KINDS =
  'ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, PLATFORM, TALENT, PROJECT, PROGRAM, EVENT, INDUSTRY, REGION, AGENCY';
const CURATED_SOURCE = 'source:talent-city-2025';

// ---------------------------------------------------------------------------------------------
// What the database holds, in full: every node with its labels and properties, every
// relationship with its type, ends and properties, each as one canonical line, sorted.

interface Snapshot {
  nodes: number;
  relationships: number;
  nodeLines: string[];
  relationshipLines: string[];
}

/** JSON with object keys sorted, so equal properties give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

async function snapshot(graph: Graph): Promise<Snapshot> {
  const [nodeCount] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const [relationshipCount] = await graph.read<{ n: number }>(
    'MATCH ()-[r]->() RETURN count(r) AS n',
  );
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await graph.read<{
    type: string;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
  return {
    nodes: nodeCount?.n ?? -1,
    relationships: relationshipCount?.n ?? -1,
    nodeLines: nodes.map((n) => `${[...n.labels].sort().join(':')} ${canonical(n.props)}`).sort(),
    relationshipLines: relationships
      .map((r) => `${r.from} -${r.type}-> ${r.to} ${canonical(r.props)}`)
      .sort(),
  };
}

async function idsPresent(graph: Graph, ids: readonly string[]): Promise<string[]> {
  const rows = await graph.read<{ id: string }>(
    'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id',
    { ids },
  );
  return rows.map((r) => r.id);
}

/** The SeedError `work` is refused with; fails when it succeeds or fails otherwise. */
async function refusal(work: Promise<unknown>): Promise<SeedError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('the files were accepted');
}

/** Writes each file (JSON, or raw text when a string) to a new directory; returns their paths. */
function writeFiles(files: Record<string, unknown>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'cixi-loader-test-'));
  scratch.push(dir);
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return [name, path];
    }),
  );
}
const scratch: string[] = [];

// ---------------------------------------------------------------------------------------------
// Records for the bad files: each is valid unless a case changes it.

const cite = (paragraph: number, source = CURATED_SOURCE) => [{ source, paragraph }];
const enterprise = (id: string, change: Record<string, unknown> = {}) => ({
  id,
  kind: 'ENTERPRISE',
  name: '加载测试企业',
  nameEn: 'Loader Test Co.',
  sources: cite(1),
  ...change,
});
const cooperation = (from: string, to: string, change: Record<string, unknown> = {}) => ({
  type: 'COOPERATES_WITH',
  status: 'ACTUAL',
  from,
  to,
  since: 2025,
  role: '合作',
  sources: cite(2),
  ...change,
});
const indicator = (id: string, scope: string[], change: Record<string, unknown> = {}) => ({
  id,
  name: '测试指标（5人）',
  value: 5,
  unit: 'people',
  display: '5人',
  qualifier: 'EXACT',
  status: 'ACTUAL',
  topic: 'talent',
  scope,
  sources: cite(3),
  ...change,
});

interface BadCase {
  name: string;
  /** File name → content; `paragraphs` is the curated source's paragraph count. */
  files: (paragraphs: number) => Record<string, unknown>;
  /** Every problem, exactly, given the files' paths. */
  problems: (path: Record<string, string>, paragraphs: number) => (string | RegExp)[];
  /** Ids the files define, none of which may be written. */
  defines: string[];
}

const BAD: BadCase[] = [
  {
    name: 'a duplicate id within one file',
    files: () => ({
      'dup.json': {
        entities: [
          enterprise('enterprise:loader-dup'),
          enterprise('enterprise:loader-dup', { name: '重复企业' }),
        ],
      },
    }),
    problems: (p) => [
      `${p['dup.json']}: entities[1] (id "enterprise:loader-dup"): duplicate id "enterprise:loader-dup", first defined at ${p['dup.json']}: entities[0] (id "enterprise:loader-dup")`,
    ],
    defines: ['enterprise:loader-dup'],
  },
  {
    name: 'a duplicate id across two files',
    files: () => ({
      'first.json': { entities: [enterprise('enterprise:loader-twice')] },
      'second.json': {
        entities: [enterprise('enterprise:loader-other'), enterprise('enterprise:loader-twice')],
      },
    }),
    problems: (p) => [
      `${p['second.json']}: entities[1] (id "enterprise:loader-twice"): duplicate id "enterprise:loader-twice", first defined at ${p['first.json']}: entities[0] (id "enterprise:loader-twice")`,
    ],
    defines: ['enterprise:loader-twice', 'enterprise:loader-other'],
  },
  {
    name: 'a relationship pointing at an unknown id',
    files: () => ({
      'rel.json': { relationships: [cooperation('enterprise:ruitang', 'university:nowhere')] },
    }),
    problems: (p) => [
      `${p['rel.json']}: relationships[0] (enterprise:ruitang COOPERATES_WITH university:nowhere): field "to" points at unknown id "university:nowhere"`,
    ],
    defines: [],
  },
  {
    name: 'an unknown kind',
    files: () => ({
      'kind.json': { entities: [enterprise('enterprise:loader-kind', { kind: 'COMPANY' })] },
    }),
    problems: (p) => [
      `${p['kind.json']}: entities[0] (id "enterprise:loader-kind"): field "kind" is "COMPANY", expected one of ${KINDS}`,
    ],
    defines: ['enterprise:loader-kind'],
  },
  {
    name: 'an unknown relationship type',
    files: () => ({
      'type.json': {
        relationships: [
          cooperation('enterprise:ruitang', 'university:wust', { type: 'FRIENDS_WITH' }),
        ],
      },
    }),
    problems: (p) => [
      new RegExp(
        `^${escape(p['type.json'])}: relationships\\[0\\] \\(enterprise:ruitang FRIENDS_WITH university:wust\\): field "type" is "FRIENDS_WITH", expected one of PAIRED_WITH, COOPERATES_WITH, .*, SERVES$`,
      ),
    ],
    defines: [],
  },
  {
    name: 'a missing name',
    files: () => ({
      'name.json': { entities: [enterprise('enterprise:loader-nameless', { name: undefined })] },
    }),
    problems: (p) => [
      `${p['name.json']}: entities[0] (id "enterprise:loader-nameless"): field "name" is missing`,
    ],
    defines: ['enterprise:loader-nameless'],
  },
  {
    name: 'an indicator value given as text ("12")',
    files: () => ({
      'value.json': {
        indicators: [indicator('indicator:loader-text-value', ['region:cixi'], { value: '12' })],
      },
    }),
    problems: (p) => [
      `${p['value.json']}: indicators[0] (id "indicator:loader-text-value"): field "value" must be a number, got "12"`,
    ],
    defines: ['indicator:loader-text-value'],
  },
  {
    name: 'malformed JSON',
    files: () => ({
      'broken.json': '{ "entities": [ { "id": "enterprise:loader-broken", } ] }',
    }),
    problems: (p) => [new RegExp(`^${escape(p['broken.json'])}: malformed JSON \\(.+\\)$`)],
    defines: ['enterprise:loader-broken'],
  },
  {
    name: "a paragraph beyond the curated source's paragraph count",
    files: (paragraphs) => ({
      'para.json': {
        entities: [enterprise('enterprise:loader-para', { sources: cite(paragraphs + 1) })],
      },
    }),
    problems: (p, paragraphs) => [
      `${p['para.json']}: entities[0] (id "enterprise:loader-para"): field "sources[0].paragraph" is ${paragraphs + 1}, but "${CURATED_SOURCE}" has ${paragraphs} paragraphs`,
    ],
    defines: ['enterprise:loader-para'],
  },
  {
    name: 'a paragraph beyond the paragraph count of a source in the same file',
    files: () => ({
      'own.json': {
        sources: [
          { id: 'source:loader-own', title: '自带', fileName: 'own.txt', paragraphCount: 5 },
        ],
        indicators: [
          indicator('indicator:loader-own', ['region:cixi'], {
            sources: [
              { source: 'source:loader-own', paragraph: 5 },
              { source: 'source:loader-own', paragraph: 6 },
            ],
          }),
        ],
      },
    }),
    problems: (p) => [
      `${p['own.json']}: indicators[0] (id "indicator:loader-own"): field "sources[1].paragraph" is 6, but "source:loader-own" has 5 paragraphs`,
    ],
    defines: ['source:loader-own', 'indicator:loader-own'],
  },
  {
    name: 'an unknown source id',
    files: () => ({
      'source.json': {
        entities: [
          enterprise('enterprise:loader-unsourced', { sources: cite(1, 'source:nowhere') }),
        ],
      },
    }),
    problems: (p) => [
      `${p['source.json']}: entities[0] (id "enterprise:loader-unsourced"): field "sources[0].source" names unknown source "source:nowhere"`,
    ],
    defines: ['enterprise:loader-unsourced'],
  },
  {
    name: 'a file of valid records and one relationship to an unknown id',
    files: () => ({
      'mixed.json': {
        sources: [
          { id: 'source:loader-mixed', title: '混合', fileName: 'mixed.txt', paragraphCount: 9 },
        ],
        entities: [enterprise('enterprise:loader-a'), enterprise('enterprise:loader-b')],
        relationships: [
          cooperation('enterprise:loader-a', 'university:wust'),
          cooperation('enterprise:loader-b', 'talent:nobody'),
          cooperation('enterprise:loader-a', 'enterprise:loader-b'),
        ],
        indicators: [indicator('indicator:loader-mixed', ['enterprise:loader-a', 'region:cixi'])],
      },
    }),
    problems: (p) => [
      `${p['mixed.json']}: relationships[1] (enterprise:loader-b COOPERATES_WITH talent:nobody): field "to" points at unknown id "talent:nobody"`,
    ],
    defines: [
      'source:loader-mixed',
      'enterprise:loader-a',
      'enterprise:loader-b',
      'indicator:loader-mixed',
    ],
  },
  {
    name: 'a file of valid records and one indicator with a text value',
    files: () => ({
      'mixed.json': {
        entities: [enterprise('enterprise:loader-c')],
        relationships: [cooperation('enterprise:loader-c', 'university:wust')],
        indicators: [
          indicator('indicator:loader-good', ['enterprise:loader-c']),
          indicator('indicator:loader-bad', ['enterprise:loader-c'], { value: '12' }),
        ],
      },
    }),
    problems: (p) => [
      `${p['mixed.json']}: indicators[1] (id "indicator:loader-bad"): field "value" must be a number, got "12"`,
    ],
    defines: ['enterprise:loader-c', 'indicator:loader-good', 'indicator:loader-bad'],
  },
  {
    name: 'a good file loaded together with a bad one',
    files: () => ({
      'good.json': {
        entities: [enterprise('enterprise:loader-good')],
        relationships: [cooperation('enterprise:loader-good', 'university:wust')],
      },
      'bad.json': {
        relationships: [cooperation('enterprise:loader-good', 'region:atlantis')],
      },
    }),
    // Named by its own file and its index there, not by its place in the combined data.
    problems: (p) => [
      `${p['bad.json']}: relationships[0] (enterprise:loader-good COOPERATES_WITH region:atlantis): field "to" points at unknown id "region:atlantis"`,
    ],
    defines: ['enterprise:loader-good'],
  },
  {
    name: 'a file that cannot be read',
    files: () => ({}),
    problems: () => [/^\/.*\/no-such-file\.json: cannot be read \(ENOENT\)$/],
    defines: [],
  },
];

type Json = Record<string, unknown>;

/** The records of the curated files, by section. */
function curated(): Record<'sources' | 'entities' | 'relationships' | 'indicators', Json[]> {
  const files = CURATED_FILES.map(
    (path) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Json[] | undefined>,
  );
  const all = (section: string): Json[] => files.flatMap((file) => file[section] ?? []);
  return {
    sources: all('sources'),
    entities: all('entities'),
    relationships: all('relationships'),
    indicators: all('indicators'),
  };
}

function escape(text: string | undefined): string {
  return (text ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------

describe('the seed loader on the shared test database (curated data)', () => {
  let driver: Driver;
  let graph: Graph;
  let before: Snapshot;
  let paragraphs: number;

  beforeAll(async () => {
    driver = testDriver();
    graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
    before = await snapshot(graph);
    const [row] = await graph.read<{ count: number }>(
      'MATCH (s:Source {id: $id}) RETURN s.paragraphCount AS count',
      { id: CURATED_SOURCE },
    );
    paragraphs = row?.count ?? 0;
  });
  afterAll(async () => {
    await driver?.close();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('starts from exactly the curated data: one node per record, one link per relationship and scope id', () => {
    const { sources, entities, relationships, indicators } = curated();
    expect(before.nodes).toBe(sources.length + entities.length + indicators.length);
    expect(before.relationships).toBe(
      relationships.length + indicators.reduce((n, i) => n + (i.scope as unknown[]).length, 0),
    );
    expect(before.nodeLines).toHaveLength(before.nodes);
    expect(before.relationshipLines).toHaveLength(before.relationships);
    expect(paragraphs).toBe(sources.find((s) => s.id === CURATED_SOURCE)?.paragraphCount as number);
  });

  it.each(BAD.map((c) => [c.name, c] as const))(
    'refuses %s with the file, record and field named, and writes nothing',
    async (_name, { files, problems, defines }) => {
      const paths = writeFiles(files(paragraphs));
      const list = Object.values(paths);
      if (list.length === 0) list.push(join(tmpdir(), 'cixi-loader-missing', 'no-such-file.json'));
      const error = await refusal(readSeedFiles(list).then((read) => loadSeed(graph, read)));

      const expected = problems(paths, paragraphs);
      expect(error.problems).toEqual(
        expected.map((p) => (typeof p === 'string' ? p : expect.stringMatching(p))),
      );
      expect(error.message.split('\n')).toEqual([
        'The seed data was refused; nothing was written:',
        ...error.problems.map((p) => `  ${p}`),
      ]);
      expect(await idsPresent(graph, defines)).toEqual([]);
      expect(await snapshot(graph)).toEqual(before);
    },
  );

  it('loads the curated files a second time without changing anything', async () => {
    const sample = async () => ({
      ruitang: await graph.read(
        'MATCH (n:Entity {id: "enterprise:ruitang"}) RETURN labels(n) AS labels, properties(n) AS props',
      ),
      pairing: await graph.read(
        `MATCH (:Entity {id: "enterprise:ruitang"})-[r:PAIRED_WITH]->(:Entity {id: "university:wust"})
         RETURN properties(r) AS props`,
      ),
      topCounty: await graph.read(
        `MATCH (i:Indicator {id: "indicator:cixi-zhejiang-top-county"})-[a:ABOUT]->(e)
         RETURN i.value AS value, i.display AS display, e.id AS about, a.position AS position
         ORDER BY position`,
      ),
      source: await graph.read('MATCH (s:Source {id: $id}) RETURN properties(s) AS props', {
        id: CURATED_SOURCE,
      }),
    });
    const sampled = await sample();

    const summary = await loadSeed(graph, await readSeedFiles(CURATED_FILES));

    const files = curated();
    expect(summary).toEqual({
      sources: files.sources.length,
      entities: files.entities.length,
      relationships: files.relationships.length,
      indicators: files.indicators.length,
    });
    expect(await snapshot(graph)).toEqual(before);
    expect(await sample()).toEqual(sampled);

    // The sampled facts themselves, as the curated files state them.
    expect(sampled.ruitang).toEqual([
      {
        labels: expect.arrayContaining(['Entity', 'Enterprise']),
        props: expect.objectContaining({
          id: 'enterprise:ruitang',
          kind: 'ENTERPRISE',
          name: '浙江瑞堂塑料科技股份有限公司',
          nameEn: 'Zhejiang Ruitang Plastic Technology Co., Ltd.',
          aliases: ['瑞堂科技', 'Ruitang Technology'],
          aliasText: '瑞堂科技 | Ruitang Technology',
          provenance: [`${CURATED_SOURCE}#21`, `${CURATED_SOURCE}#22`, `${CURATED_SOURCE}#36`],
        }),
      },
    ]);
    expect(sampled.pairing).toEqual([
      {
        props: expect.objectContaining({
          id: 'enterprise:ruitang|PAIRED_WITH|university:wust',
          role: '首批结对企业',
          roleEn: 'first-batch paired enterprise',
          program: 'program:kechuang-partner',
          provenance: [`${CURATED_SOURCE}#21`, `${CURATED_SOURCE}#22`],
        }),
      },
    ]);
    expect(sampled.topCounty).toEqual([
      { value: 1, display: '浙江第一经济强县(市)', about: 'region:cixi', position: 0 },
      { value: 1, display: '浙江第一经济强县(市)', about: 'region:zhejiang', position: 1 },
    ]);
    expect(sampled.source).toEqual([
      { props: expect.objectContaining({ id: CURATED_SOURCE, paragraphCount: paragraphs }) },
    ]);
  });

  describe('the command line (npm run seed -- --file …)', () => {
    /** Runs seed/cli.ts against the shared test Neo4j, with no other Neo4j settings inherited. */
    function runCli(
      args: string[],
    ): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const env: NodeJS.ProcessEnv = { ...process.env };
      for (const name of Object.keys(env))
        if (/^(NEO4J_|MAX_|LOG_LEVEL$)/.test(name)) delete env[name];
      Object.assign(env, { NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '', NODE_ENV: 'test' });
      const child = spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts', ...args], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
    }

    const cases: [what: string, content: unknown, lines: (path: string) => string[]][] = [
      [
        'fields with problems',
        {
          entities: [enterprise('enterprise:cli-nameless', { name: undefined })],
          indicators: [indicator('indicator:cli-text', ['region:cixi'], { value: '12' })],
        },
        (path) => [
          `  ${path}: entities[0] (id "enterprise:cli-nameless"): field "name" is missing`,
          `  ${path}: indicators[0] (id "indicator:cli-text"): field "value" must be a number, got "12"`,
        ],
      ],
      [
        'a relationship to an unknown id',
        {
          entities: [enterprise('enterprise:cli-new')],
          relationships: [cooperation('enterprise:cli-new', 'university:nowhere')],
        },
        (path) => [
          `  ${path}: relationships[0] (enterprise:cli-new COOPERATES_WITH university:nowhere): field "to" points at unknown id "university:nowhere"`,
        ],
      ],
    ];

    it.each(cases)(
      'exits 1 on a file with %s, printing the problem lines and no stack trace',
      async (_what, content, lines) => {
        const path = writeFiles({ 'bad.json': content })['bad.json'] ?? '';
        const { code, stdout, stderr } = await runCli(['--file', path]);
        expect(code).toBe(1);
        expect(stderr).toBe(
          ['The seed data was refused; nothing was written:', ...lines(path), ''].join('\n'),
        );
        expect(stderr).not.toMatch(/^\s+at /m);
        expect(stdout).not.toContain('Loaded');
        expect(await idsPresent(graph, ['enterprise:cli-nameless', 'enterprise:cli-new'])).toEqual(
          [],
        );
        expect(await snapshot(graph)).toEqual(before);
      },
      60_000,
    );

    it('exits 1 on malformed JSON, naming the file', async () => {
      const path = writeFiles({ 'broken.json': '{ "entities": [' })['broken.json'] ?? '';
      const { code, stderr } = await runCli(['--file', path]);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        new RegExp(
          `^The seed data was refused; nothing was written:\\n  ${escape(path)}: malformed JSON \\(.+\\)\\n$`,
        ),
      );
      expect(await snapshot(graph)).toEqual(before);
    }, 60_000);

    it('exits 1 on an unknown argument, printing the usage', async () => {
      const { code, stderr } = await runCli(['--files', 'x.json']);
      expect(code).toBe(1);
      expect(stderr).toBe(
        'The seed data was refused; nothing was written:\n  unknown argument "--files"; usage: npm run seed [-- --file path.json …]\n',
      );
    }, 60_000);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a researcher file (seed/examples/my-survey.json) in a Neo4j of its own', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let graph: Graph;
  let curatedOnly: Snapshot;
  let loaded: Snapshot;
  let summary: LoadSummary;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cixi-loader-example-'));
    neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, heap: '512m', pageCache: '64m' });
    driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' });
    graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
    await migrate(graph);
    await loadSeed(graph, await readSeedFiles(CURATED_FILES));
    curatedOnly = await snapshot(graph);
    summary = await loadSeed(graph, await readSeedFiles([EXAMPLE]));
    loaded = await snapshot(graph);
  });
  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('is the example the README shows, record for record', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Loading your own data'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  });

  it('loads one source, entity, relationship and indicator', () => {
    expect(summary).toEqual({ sources: 1, entities: 1, relationships: 1, indicators: 1 });
  });

  it('adds exactly its records to the curated data, and the new link to the degree of WUST', () => {
    const added = (after: string[], was: string[]) => after.filter((l) => !was.includes(l));
    expect(loaded.nodes).toBe(curatedOnly.nodes + 3);
    expect(loaded.relationships).toBe(curatedOnly.relationships + 2);
    const newNodes = added(loaded.nodeLines, curatedOnly.nodeLines);
    const goneNodes = added(curatedOnly.nodeLines, loaded.nodeLines);
    expect(goneNodes).toHaveLength(1);
    expect(goneNodes[0]).toContain('"id":"university:wust"');
    const degree = (line: string | undefined) => Number(/"degree":(\d+)/.exec(line ?? '')?.[1]);
    const wustNow = newNodes.find((l) => l.includes('"id":"university:wust"'));
    expect(degree(wustNow)).toBe(degree(goneNodes[0]) + 1);
    expect(newNodes.map((l) => l.split(' ')[0]).sort()).toEqual([
      'Enterprise:Entity',
      'Entity:University',
      'Indicator',
      'Source',
    ]);
    expect(
      added(loaded.relationshipLines, curatedOnly.relationshipLines).map((l) => l.split(' {')[0]),
    ).toEqual([
      'enterprise:example -COOPERATES_WITH-> university:wust',
      'indicator:example-staff -ABOUT-> enterprise:example',
    ]);
    expect(added(curatedOnly.relationshipLines, loaded.relationshipLines)).toEqual([]);
  });

  it('stores the enterprise with its names, aliases, year and provenance', async () => {
    const rows = await graph.read(
      'MATCH (n:Entity {id: "enterprise:example"}) RETURN labels(n) AS labels, properties(n) AS props',
    );
    expect(rows).toEqual([
      {
        labels: expect.arrayContaining(['Entity', 'Enterprise']),
        props: {
          id: 'enterprise:example',
          kind: 'ENTERPRISE',
          name: '示例科技有限公司',
          nameEn: 'Example Technology Co., Ltd.',
          aliases: ['示例科技', 'Example Tech'],
          aliasSources: ['source:my-survey#3', ''],
          aliasReasons: ['', 'the English short name the company uses'],
          aliasText: '示例科技 | Example Tech',
          description: 'A maker of sensors.',
          descriptionZh: '一家传感器企业。',
          year: 2019,
          provenance: ['source:my-survey#3'],
          degree: 1,
        },
      },
    ]);
  });

  it('stores the source with its paragraph count', async () => {
    const rows = await graph.read(
      'MATCH (s:Source {id: "source:my-survey"}) RETURN properties(s) AS props',
    );
    expect(rows).toEqual([
      {
        props: {
          id: 'source:my-survey',
          title: '企业调研 2026',
          titleEn: 'Enterprise survey 2026',
          publisher: 'My institute',
          date: '2026-03-01',
          fileName: 'survey.pdf',
          paragraphCount: 12,
        },
      },
    ]);
  });

  it('links the enterprise to university:wust with the stated role, year and paragraph', async () => {
    const rows = await graph.read(
      `MATCH (:Entity {id: "enterprise:example"})-[r]-(other:Entity)
       RETURN type(r) AS type, startNode(r).id AS from, other.id AS other, properties(r) AS props`,
    );
    expect(rows).toEqual([
      {
        type: 'COOPERATES_WITH',
        from: 'enterprise:example',
        other: 'university:wust',
        props: {
          id: 'enterprise:example|COOPERATES_WITH|university:wust',
          status: 'ACTUAL',
          since: 2025,
          role: '联合研发',
          roleEn: 'joint R&D',
          provenance: ['source:my-survey#4'],
        },
      },
    ]);
  });

  it('scopes the indicator to the new enterprise alone', async () => {
    const rows = await graph.read(
      `MATCH (i:Indicator {id: "indicator:example-staff"})
       OPTIONAL MATCH (i)-[a:ABOUT]->(e)
       RETURN i.value AS value, i.unit AS unit, i.display AS display, i.provenance AS provenance,
              collect([e.id, a.position]) AS scope`,
    );
    expect(rows).toEqual([
      {
        value: 35,
        unit: 'people',
        display: '35人',
        provenance: ['source:my-survey#5'],
        scope: [['enterprise:example', 0]],
      },
    ]);
  });

  it('answers GraphQL queries for the new enterprise, its link and its indicator', async () => {
    // Generous timeouts: this JVM is small and shares the CPUs with the rest of the run.
    const api = await startTestApi(
      { QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '120000' },
      neo4j?.uri,
    );
    try {
      const res = await api.query<{
        entity: unknown;
        search: { id: string }[];
        indicators: unknown[];
      }>(`{
        entity(id: "enterprise:example") {
          id kind name nameEn aliases year
          aliasOrigins { name origin reason source { paragraph document { id } } }
          sources { paragraph document { id title paragraphCount } }
          relationships { type status from { id } to { id name } since role roleEn
                          sources { paragraph document { id } } }
        }
        search(query: "示例科技") { id }
        indicators(query: "示例科技") {
          id value display scope { id } sources { paragraph document { id } }
        }
      }`);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        entity: {
          id: 'enterprise:example',
          kind: 'ENTERPRISE',
          name: '示例科技有限公司',
          nameEn: 'Example Technology Co., Ltd.',
          aliases: ['示例科技', 'Example Tech'],
          aliasOrigins: [
            {
              name: '示例科技',
              origin: 'SOURCE',
              reason: null,
              source: { paragraph: 3, document: { id: 'source:my-survey' } },
            },
            {
              name: 'Example Tech',
              origin: 'CURATORS',
              reason: 'the English short name the company uses',
              source: null,
            },
          ],
          year: 2019,
          sources: [
            {
              paragraph: 3,
              document: { id: 'source:my-survey', title: '企业调研 2026', paragraphCount: 12 },
            },
          ],
          relationships: [
            {
              type: 'COOPERATES_WITH',
              status: 'ACTUAL',
              from: { id: 'enterprise:example' },
              to: { id: 'university:wust', name: '武汉科技大学' },
              since: 2025,
              role: '联合研发',
              roleEn: 'joint R&D',
              sources: [{ paragraph: 4, document: { id: 'source:my-survey' } }],
            },
          ],
        },
        search: [{ id: 'enterprise:example' }],
        indicators: [
          {
            id: 'indicator:example-staff',
            value: 35,
            display: '35人',
            scope: [{ id: 'enterprise:example' }],
            sources: [{ paragraph: 5, document: { id: 'source:my-survey' } }],
          },
        ],
      });
    } finally {
      await api.close();
    }
  }, 120_000);

  it('changes nothing when the same file is loaded again', async () => {
    const again = await loadSeed(graph, await readSeedFiles([EXAMPLE]));
    expect(again).toEqual(summary);
    expect(await snapshot(graph)).toEqual(loaded);
  });

  it('leaves the shared test database without the example', async () => {
    const shared = testDriver();
    try {
      const sharedGraph = new Graph(shared, 'neo4j', { timeoutMs: 60_000 });
      expect(
        await idsPresent(sharedGraph, [
          'source:my-survey',
          'enterprise:example',
          'indicator:example-staff',
        ]),
      ).toEqual([]);
    } finally {
      await shared.close();
    }
  });
});
