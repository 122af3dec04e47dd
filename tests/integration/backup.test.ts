// npm run backup and npm run restore, as their own processes, on two Neo4js of this file's own:
// a source with the curated data, an applied and a rejected change, API keys (one revoked), a
// failed sign-in, an ingested report with its paragraphs, mentions and candidates, and a node
// holding every kind of value Neo4j stores; and a target that starts empty. The round trip must
// give the same graph, every node, relationship and property compared; a non-empty target, a
// truncated file, a file of another format and a write that fails are refused, leaving the
// target as it was.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, recordFailure, revokeKey, type Role } from '../../src/data/keys.ts';
import { ingestReport } from '../../src/ingest/ingest.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger } from '../../src/ingest/segmenter.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { canonicalGraph, type CanonicalGraph } from '../helpers/canonicalGraph.ts';
import { tempDir } from '../helpers/files.ts';
import { curatedNeo4jOfItsOwn, SMALL_NEO4J } from '../helpers/ownNeo4j.ts';
import { runCommand } from '../helpers/seedCli.ts';

const dir = tempDir('backup');
const backupFile = join(dir, 'cixi.jsonl');
let source: { uri: string; stop(): Promise<void> };
let target: LocalNeo4j;
let targetDir: string;
let api: TestApi;
let before: CanonicalGraph;

const keys: Record<string, string> = {};
async function ask(query: string, variables: Record<string, unknown>, as: string) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[as]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, { id: string; status: string }> };
}
const PROPOSE = `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id status } }`;
const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!) {
  reviewChange(id: $id, decision: $decision) { id status } }`;
const cite = [{ source: 'source:talent-city-2025', paragraph: 26 }];
const enterprise = (id: string, name: string) => ({
  entity: { id, kind: 'ENTERPRISE', name, sources: cite },
});

/** Proposes `operations` as the curator and has the reviewer decide. */
async function change(operations: unknown[], decision: 'ACCEPT' | 'REJECT'): Promise<string> {
  const proposed = await ask(PROPOSE, { input: { reason: 'backup test', operations } }, 'curator');
  const id = proposed.data?.proposeChange?.id ?? '';
  const decided = await ask(REVIEW, { id, decision }, 'reviewer');
  return decided.data?.reviewChange?.status ?? 'no answer';
}

// Every kind of value a property can hold, with the edges JSON would blur.
const PROBE = `CREATE (:AuditEvent {
  at: datetime('2026-01-02T03:04:05.123456789[Asia/Shanghai]'), actor: 'test', action: 'probe',
  offsetAt: datetime('2026-01-02T03:04:05.5-03:30'), float: 2.0, floats: [0.1, 1e300],
  integer: 2, big: 9007199254740993, negative: -9223372036854775808, ints: [1, 2, 3],
  nan: 0.0 / 0.0, infinite: 1.0 / 0.0, negativeZero: -0.0, empty: '', words: ['慈溪', 'Cixi'],
  flags: [true, false], day: date('2026-12-02'), local: localdatetime('2026-12-02T10:11:12.000000001'),
  time: time('12:00:00.25+08:00'), localTime: localtime('23:59:59.999'),
  duration: duration('P1Y2M3DT4H5M6.789S'), point: point({x: 1.5, y: -2.5}),
  place: point({longitude: 121.25, latitude: 30.17, height: 5.0}), bytes: $bytes})`;

const restoreCli = (file: string) => runCommand('scripts/restore.ts', [file], target.uri);
const targetNodes = async (): Promise<number> => (await canonicalGraph(target.uri)).nodes.length;

/** The backup's lines with `edit` applied to the body, the closing line's counts and checksum redone. */
function edited(edit: (body: string[]) => string[]): string {
  const lines = readFileSync(backupFile, 'utf8').trimEnd().split('\n');
  const trailer = JSON.parse(lines.pop() as string) as Record<string, unknown>;
  const [header, ...body] = lines as [string, ...string[]];
  const changed = edit(body);
  const nodes = changed.filter((l) => l.startsWith('{"n"')).length;
  const labels: Record<string, number> = {};
  for (const l of changed.filter((x) => x.startsWith('{"n"')))
    for (const label of (JSON.parse(l) as { labels: string[] }).labels)
      labels[label] = (labels[label] ?? 0) + 1;
  const head = JSON.stringify({ ...(JSON.parse(header) as object), nodes });
  const sha = createHash('sha256');
  for (const l of [head, ...changed]) sha.update(`${l}\n`);
  const end = { ...trailer, nodes, labels, sha256: sha.digest('hex') };
  return [head, ...changed, JSON.stringify(end)].join('\n') + '\n';
}

beforeAll(async () => {
  targetDir = tempDir('backup-target');
  [source, target] = await Promise.all([
    curatedNeo4jOfItsOwn('backup-source'),
    startLocalNeo4j({ boltPort: 0, dataDir: targetDir, ...SMALL_NEO4J }),
  ]);
  api = await startTestApi({}, source.uri);
  for (const [name, role] of [
    ['curator', 'curator'],
    ['reviewer', 'reviewer'],
    ['gone', 'reader'],
  ] as [string, Role][]) {
    keys[name] = newKey();
    await createKey(api.graph, { name, role, hash: hashOf(keys[name] ?? '') }, 'test');
  }
  await revokeKey(api.graph, 'gone', 'test');
  await recordFailure(api.graph, '203.0.113.7', 60_000);
  const applied = await change(
    [
      enterprise('enterprise:backup-test', '备份测试轴承有限公司'),
      enterprise('enterprise:backup-twin', '备份测试轴承公司'),
      {
        relationship: {
          type: 'COOPERATES_WITH',
          from: 'enterprise:backup-test',
          to: 'university:wust',
          sources: cite,
        },
      },
    ],
    'ACCEPT',
  );
  expect(applied).toBe('APPLIED');
  // A merge leaves the merged id behind as a (:MergedEntity), which the backup must carry.
  const merge = { keep: 'enterprise:backup-test', keepVersion: 1, merge: 'enterprise:backup-twin' };
  expect(await change([{ merge: { ...merge, mergeVersion: 1 } }], 'ACCEPT')).toBe('APPLIED');
  expect(await change([enterprise('enterprise:backup-no', '备份拒绝有限公司')], 'REJECT')).toBe(
    'REJECTED',
  );
  const report = new URL('../fixtures/reports/policy-notice.txt', import.meta.url).pathname;
  await ingestReport(api.graph, await readReport(report), {}, { tag: await loadTagger() }, 60_000);
  await api.graph.writeTransaction((run) =>
    run(PROBE, { bytes: Int8Array.from([0, 1, -1, 127, -128]) }),
  );
  before = await canonicalGraph(source.uri);
}, 300_000);

afterAll(async () => {
  await api?.close();
  await Promise.all([source?.stop(), target?.stop()]);
  rmSync(dir, { recursive: true, force: true });
  if (targetDir) rmSync(targetDir, { recursive: true, force: true });
});

describe('npm run backup and npm run restore', { timeout: 120_000 }, () => {
  it('backs up every node and relationship, counted by label and type', async () => {
    const run = await runCommand('scripts/backup.ts', [backupFile], source.uri);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Backed up ${before.nodes.length.toLocaleString('en-US')} nodes and ${before.relationships.length.toLocaleString('en-US')} relationships`,
    );
    for (const label of ['ApiKey 3', 'AuthFailures 1', 'Change 3', 'MergedEntity 1', 'Paragraph'])
      expect(run.stdout).toContain(label);
    expect(run.stdout).toMatch(/MENTIONS \d/);
    const again = await runCommand('scripts/backup.ts', [backupFile], source.uri);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already; name a new file');
  });

  it('refuses a file of another format, and of another version, writing nothing', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"format":"neo4j-admin-dump","version":1}\n');
    const run = await restoreCli(other);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a backup in the cixi-graph-backup format');
    expect(run.stderr).toContain('"neo4j-admin-dump"');
    const [, ...rest] = readFileSync(backupFile, 'utf8').split('\n');
    writeFileSync(
      other,
      [JSON.stringify({ format: 'cixi-graph-backup', version: 2 }), ...rest].join('\n'),
    );
    const newer = await restoreCli(other);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain('of version 2; this restore reads version 1 only');
    expect(await targetNodes()).toBe(0);
  });

  it('refuses a truncated file, cut inside a line or before its closing line, writing nothing', async () => {
    const whole = readFileSync(backupFile);
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const inside = await restoreCli(cut);
    expect(inside.code).toBe(1);
    expect(inside.stderr).toMatch(
      /cut\.jsonl is truncated: it ends after line \d+ without its closing line/,
    );
    const lines = whole.toString('utf8').trimEnd().split('\n');
    writeFileSync(cut, lines.slice(0, -1).join('\n') + '\n');
    const beforeEnd = await restoreCli(cut);
    expect(beforeEnd.stderr).toContain(
      `ends after line ${lines.length - 1} without its closing line`,
    );
    expect(await targetNodes()).toBe(0);
  });

  it('refuses an altered file by its checksum, and a label outside the vocabulary', async () => {
    const altered = join(dir, 'altered.jsonl');
    writeFileSync(altered, readFileSync(backupFile, 'utf8').replace('武汉科技大学', '武汉大学'));
    const run = await restoreCli(altered);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the checksum does not match: the file was altered');
    // A label that would be Cypher if it were pasted into a statement: refused as unknown.
    const hostile = 'Entity) DETACH DELETE (x';
    writeFileSync(
      altered,
      edited(([first, ...rest]) => [
        (first as string).replace('"labels":[', `"labels":[${JSON.stringify(hostile)},`),
        ...rest,
      ]),
    );
    const label = await restoreCli(altered);
    expect(label.stderr).toContain(`the label(s) "${hostile}", which the store does not use`);
    expect(await targetNodes()).toBe(0);
  });

  it('deletes what it wrote when a write fails half way', async () => {
    // A thousand audit records (a batch) and then a second key of the same name: the first
    // batch is written, then the key's uniqueness constraint stops the restore.
    const failing = join(dir, 'failing.jsonl');
    writeFileSync(
      failing,
      edited((body) => {
        const nodes = body.filter((l) => l.startsWith('{"n"'));
        const key = nodes.find((l) => l.includes('"ApiKey"')) as string;
        const filler = Array.from({ length: 1_000 }, (_, i) =>
          JSON.stringify({ n: nodes.length + i, labels: ['AuditEvent'], props: { action: 'x' } }),
        );
        const copy = key.replace(/^\{"n":\d+/, `{"n":${nodes.length + filler.length}`);
        return [...nodes, ...filler, copy, ...body.filter((l) => !l.startsWith('{"n"'))];
      }),
    );
    const run = await restoreCli(failing);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The restore failed while writing \(.*api_key_name|already exists/);
    const deleted = Number(/the (\d+) nodes it had written were deleted/.exec(run.stderr)?.[1]);
    expect(deleted).toBe(1_000);
    expect(await targetNodes()).toBe(0);
  });

  it('restores into the empty database the same graph: every node, relationship and property', async () => {
    const run = await restoreCli(backupFile);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Restored ${before.nodes.length.toLocaleString('en-US')} nodes`);
    const after = await canonicalGraph(target.uri);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    expect(after.nodes.find((l) => l.includes('action="probe"'))).toContain(
      'at=DateTime:2026-01-02T03:04:05.123456789+08:00[Asia/Shanghai]',
    );
    expect(after.nodes.find((l) => l.includes('action="probe"'))).toContain(
      'big=int:9007199254740993',
    );
    // The schema came with the migrations, and the full-text index has taken in the nodes.
    const driver = neo4j.driver(target.uri, neo4j.auth.basic('neo4j', ''));
    try {
      const { records } = await driver.executeQuery(
        'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      );
      expect(records[0]?.get('names')).toEqual(
        expect.arrayContaining(['entity_id', 'api_key_hash', 'change_id']),
      );
      const found = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('entity_search', '备份测试') YIELD node RETURN node.id AS id",
      );
      expect(found.records.map((r) => r.get('id') as string)).toContain('enterprise:backup-test');
    } finally {
      await driver.close();
    }
  });

  it('refuses a database that is not empty, saying what it holds and what to do', async () => {
    const run = await restoreCli(backupFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The database at ${target.uri} is not empty: it holds`);
    expect(run.stderr).toMatch(/\d+ Entity/);
    expect(run.stderr).toContain('point NEO4J_DATA_DIR at a new folder');
    expect((await canonicalGraph(target.uri)).nodes).toEqual(before.nodes);
  });
});
