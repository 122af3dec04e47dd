// Mentions follow the curation API: a document stored on a Neo4j of this file's own (the change
// it applies must not reach the shared curated graph), then an alias proposed and accepted; the
// paragraphs printing the new alias are relinked in the change's transaction, found through the
// paragraphs' full-text index, and Entity.mentions shows them; a revert unlinks them again.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { linkMentions, storeDocument } from '../../src/data/documentStore.ts';
import { createKey } from '../../src/data/keys.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { tempDir } from '../helpers/files.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';

const DOC = 'source:fixture-relink';
// Written for this test: ¶1 prints the new short form, ¶2 only names already known.
const TEXT = ['人才办牵线后，企业与高校结对。', '慈溪市委人才办提供图片。'].join('\n\n');
const AGENCY = 'agency:cixi-talent-office';

let neo4j: LocalNeo4j;
let dataDir: string;
let api: TestApi;
const keys: Record<string, string> = {};
let changeId: string | undefined;

async function ask<T>(query: string, variables: Record<string, unknown>, as?: string) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as ? { authorization: `Bearer ${keys[as]}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
}

const MENTIONS = `query ($id: ID!) {
  entity(id: $id) { mentions(first: 20) { totalCount nodes { text start end within { id } paragraph { number } } } }
}`;
interface Mentions {
  entity: {
    mentions: {
      totalCount: number;
      nodes: {
        text: string;
        start: number;
        end: number;
        within: { id: string } | null;
        paragraph: { number: number };
      }[];
    };
  };
}
const ofFixture = async () =>
  ((await ask<Mentions>(MENTIONS, { id: AGENCY })).data?.entity.mentions.nodes ?? []).filter(
    (m) => m.paragraph.number <= 2 && m.text.includes('人才办'),
  );

beforeAll(async () => {
  dataDir = tempDir('relink-neo4j');
  neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  await seedCurated(neo4j.uri);
  api = await startTestApi({}, neo4j.uri);
  for (const role of ['curator', 'reviewer'] as const) {
    keys[role] = newKey();
    await createKey(api.graph, { name: role, role, hash: hashOf(keys[role] ?? '') }, 'test');
  }
  await api.graph.writeTransaction(async (run) => {
    await storeDocument(run, DOC, TEXT, { title: '结对简讯', fileName: 'relink.txt' });
    await linkMentions(run, DOC);
  });
}, 240_000);
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('mentions after an accepted change', () => {
  it('links the paragraph printing an accepted alias, and leaves the others as they were', async () => {
    expect((await ofFixture()).map((m) => m.paragraph.number)).toEqual([2]);
    const record = {
      id: AGENCY,
      kind: 'AGENCY',
      name: '慈溪市委人才办',
      nameEn: 'Talent Work Office of the CPC Cixi Municipal Committee',
      aliases: [
        { name: '市委人才办', source: { source: 'source:talent-city-2025', paragraph: 22 } },
        { name: 'Cixi Talent Office', reason: 'short English name (ours)' },
        { name: '人才办', reason: 'short form the relink fixture prints (test)' },
      ],
      description:
        "Talent office of the Cixi Party committee that brokered the Ruitang–WUST pairing and sets out the city's talent strategy.",
      descriptionZh: '慈溪市委负责人才工作的办公室，促成瑞堂与武科大结对并阐述全市人才工作思路。',
      sources: [14, 22, 40].map((paragraph) => ({ source: 'source:talent-city-2025', paragraph })),
      version: 0,
    };
    const proposed = await ask<{ proposeChange: { id: string } }>(
      `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id } }`,
      { input: { reason: 'the short form 人才办', operations: [{ entity: record }] } },
      'curator',
    );
    expect(proposed.errors).toBeUndefined();
    const reviewed = await ask<{ reviewChange: { status: string } }>(
      `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { status } }`,
      { id: proposed.data?.proposeChange.id },
      'reviewer',
    );
    expect(reviewed.data?.reviewChange.status).toBe('APPLIED');
    // ¶1 now names the office; in ¶2 the full name still wins, with 慈溪 nested in it.
    expect(await ofFixture()).toEqual([
      { text: '人才办', start: 0, end: 3, within: null, paragraph: { number: 1 } },
      { text: '慈溪市委人才办', start: 0, end: 7, within: null, paragraph: { number: 2 } },
    ]);
    const [nested] = await api.graph.read<{ within: string }>(
      `MATCH (:Paragraph {key: $key})-[m:MENTIONS]->(:Entity {id: 'region:cixi'}) RETURN m.within AS within`,
      { key: `${DOC}#2` },
    );
    expect(nested?.within).toBe(AGENCY);
    changeId = proposed.data?.proposeChange.id;
  });

  it('unlinks it again when the change is reverted', async () => {
    const reverted = await ask<{ revertChange: { status: string } }>(
      `mutation ($id: ID!) { revertChange(id: $id, reason: "the fixture's short form is not the office's") { status } }`,
      { id: changeId },
      'reviewer',
    );
    expect(reverted.data?.revertChange.status).toBe('REVERTED');
    expect((await ofFixture()).map((m) => [m.text, m.paragraph.number])).toEqual([
      ['慈溪市委人才办', 2],
    ]);
  });
});
