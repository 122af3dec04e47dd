// Documents and their review queue through the API, on a Neo4j of this file's own (the changes it
// applies must not reach the shared curated graph): addDocument ingests a report as npm run
// ingest does (text and PDF), refuses bad input before storing anything, and answers a report
// stored already with its Source; a candidate and a suggested link become proposals citing their
// paragraphs, which a reviewer accepts into the graph.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey } from '../../src/data/keys.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { tempDir } from '../helpers/files.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';
import { pdfOf } from '../helpers/pdf.ts';

// Small, so the oversized case need not send megabytes: a curator's body limit is then
// ceil(64 KiB × 4/3) + 64 KiB = 152 KiB, above the 100 KiB every other request keeps.
const DOCUMENT_MAX_BYTES = 64 * 1024;

// Written for this test: ¶1 and ¶3 name two known entities together (a suggested link), ¶2 and
// ¶3 print an enterprise the graph lacks (a candidate).
const REPORT = [
  '环驰集团与宁波工程学院签约共建轴承联合实验室。',
  '慈溪甬舟精工轴承有限公司参加签约。',
  '环驰集团、宁波工程学院与慈溪甬舟精工轴承有限公司将联合攻关高速轴承。',
].join('\n\n');
const CANDIDATE = '慈溪甬舟精工轴承有限公司';
const HUANCHI = 'enterprise:huanchi';
const NBUT = 'university:nbut';

let neo4j: LocalNeo4j;
let dataDir: string;
let api: TestApi;
const keys: Record<string, string> = {};
let document = '';

interface Answer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function ask<T>(query: string, variables: Record<string, unknown>, as?: string) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as ? { authorization: `Bearer ${keys[as]}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer<T>, 'status'>) };
}

const ADD = `mutation ($input: DocumentInput!) {
  addDocument(input: $input) { id title fileName paragraphCount alreadyStored }
}`;
interface Added {
  addDocument: {
    id: string;
    title: string;
    fileName: string;
    paragraphCount: number;
    alreadyStored: boolean;
  };
}
const add = (input: Record<string, unknown>, as = 'curator') => ask<Added>(ADD, { input }, as);

const CHANGE_FIELDS = 'id status author reason operations { kind target record }';
interface ChangeAnswer {
  id: string;
  status: string;
  author: string;
  reason: string;
  operations: { kind: string; target: string; record: string }[];
}

const audits = async (target: string) =>
  (
    await api.graph.read<{ actor: string; fileName: string }>(
      `MATCH (a:AuditEvent {action: 'document.add', target: $target})
       RETURN a.actor AS actor, a.fileName AS fileName`,
      { target },
    )
  ).map((r) => ({ ...r }));

const counts = async () => {
  const [row] = await api.graph.read<{ sources: number; audits: number }>(
    `RETURN COUNT { (:Source) } AS sources,
            COUNT { (:AuditEvent {action: 'document.add'}) } AS audits`,
  );
  return row;
};

beforeAll(async () => {
  dataDir = tempDir('document-proposals-neo4j');
  neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  await seedCurated(neo4j.uri);
  api = await startTestApi({ DOCUMENT_MAX_BYTES: String(DOCUMENT_MAX_BYTES) }, neo4j.uri);
  for (const role of ['reader', 'curator', 'reviewer'] as const) {
    keys[role] = newKey();
    await createKey(api.graph, { name: role, role, hash: hashOf(keys[role] ?? '') }, 'test');
  }
}, 240_000);
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('addDocument', () => {
  it('ingests a text report with its paragraphs, candidates, suggested links and an audit record', async () => {
    const answer = await add({
      fileName: 'huanchi-nbut.txt',
      text: REPORT,
      title: '环驰集团与宁波工程学院签约',
      date: '2025-11-14',
    });
    expect(answer.errors).toBeUndefined();
    const source = answer.data?.addDocument;
    expect(source).toEqual({
      id: expect.stringMatching(/^source:report-[0-9a-f]{16}$/),
      title: '环驰集团与宁波工程学院签约',
      fileName: 'huanchi-nbut.txt',
      paragraphCount: 3,
      alreadyStored: false,
    });
    document = source?.id ?? '';
    const queue = await ask<{
      candidates: { nodes: { name: string; suggestedKind: string; paragraphs: number[] }[] };
      suggestedLinks: {
        nodes: { from: { id: string }; to: { id: string }; paragraphs: number[] }[];
      };
    }>(
      `query ($d: ID!) {
        candidates(document: $d) { nodes { name suggestedKind paragraphs } }
        suggestedLinks(document: $d) { nodes { from { id } to { id } paragraphs } }
      }`,
      { d: document },
    );
    expect(queue.data?.candidates.nodes).toContainEqual({
      name: CANDIDATE,
      suggestedKind: 'ENTERPRISE',
      paragraphs: [2, 3],
    });
    expect(queue.data?.suggestedLinks.nodes).toContainEqual({
      from: { id: HUANCHI },
      to: { id: NBUT },
      paragraphs: [1, 3],
    });
    expect(await audits(document)).toEqual([{ actor: 'curator', fileName: 'huanchi-nbut.txt' }]);
  });

  it('answers a report stored already with its Source, storing nothing again', async () => {
    const before = await counts();
    const again = await add({ fileName: 'copy.md', text: `${REPORT}\n` });
    expect(again.errors).toBeUndefined();
    expect(again.data?.addDocument).toMatchObject({
      id: document,
      fileName: 'huanchi-nbut.txt',
      alreadyStored: true,
    });
    expect(await counts()).toEqual(before);
  });

  it('ingests a PDF sent as base64', async () => {
    const pdf = pdfOf([
      [
        '慈溪市科学技术局',
        '关于公布企业研发中心名单的通知',
        '宁波东升精密机械有限公司与武汉科技大学共建的',
      ],
      ['研发中心入选，现予公布。'],
    ]);
    const answer = await add({ fileName: 'notice.pdf', base64: pdf.toString('base64') });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.addDocument).toMatchObject({ paragraphCount: 3, alreadyStored: false });
    const [stored] = await api.graph.read<{ format: string; third: string }>(
      `MATCH (s:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph {number: 3})
       RETURN s.format AS format, p.text AS third`,
      { id: answer.data?.addDocument.id },
    );
    expect(stored).toEqual({
      format: 'pdf',
      third: '宁波东升精密机械有限公司与武汉科技大学共建的研发中心入选，现予公布。',
    });
  });

  const big = '慈'.repeat(40_000); // 120,000 bytes of UTF-8
  it.each([
    ['empty text', { fileName: 'empty.txt', text: '\n\n' }, /input\.text: empty\.txt: is empty/],
    [
      'both text and base64',
      { fileName: 'a.txt', text: 'x', base64: 'eA==' },
      /exactly one of text .* or base64 .*; it gives both/,
    ],
    ['neither text nor base64', { fileName: 'a.txt' }, /it gives neither/],
    [
      'an unknown extension',
      { fileName: 'report.docx', text: REPORT },
      /input\.fileName must be a file name ending in \.txt, \.text, \.html, \.htm, \.pdf, \.md, \.markdown .*got "report\.docx"/,
    ],
    ['a path for a name', { fileName: '../a.txt', text: REPORT }, /input\.fileName must be/],
    ['a PDF sent as text', { fileName: 'a.pdf', text: REPORT }, /send a PDF as base64/],
    ['malformed base64', { fileName: 'a.pdf', base64: '%PDF-1.7' }, /standard base64/],
    [
      'a report over DOCUMENT_MAX_BYTES',
      { fileName: 'big.txt', text: big },
      /input\.text holds 120000 bytes; addDocument takes a report of at most 65536 bytes .*npm run ingest/,
    ],
    [
      'binary bytes',
      { fileName: 'a.txt', base64: Buffer.from([1, 0, 2, 0]).toString('base64') },
      /input\.base64: a\.txt: holds binary data/,
    ],
    [
      'a date that is not one',
      { fileName: 'a.txt', text: REPORT, date: '2025-02-30' },
      /input\.date must be a calendar date as YYYY-MM-DD/,
    ],
  ])('refuses %s, storing nothing', async (_name, input, message) => {
    const before = await counts();
    const answer = await add(input);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('keeps the small body limit for requests without a curator key', async () => {
    const input = { fileName: 'big.txt', text: '慈'.repeat(40_000) };
    const reader = await add(input, 'reader');
    expect(reader.status).toBe(413);
    expect(reader.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('stores nothing of a report whose ingest outlasts the request deadline', async () => {
    // Another API on the same Neo4j, whose 1 s deadline a 1 MB report cannot meet.
    const hurried = await startTestApi(
      { REQUEST_TIMEOUT_MS: '1000', DOCUMENT_MAX_BYTES: String(2 * 1024 * 1024) },
      neo4j.uri,
    );
    try {
      const before = await counts();
      // About 1 MB of UTF-8: 9,000 distinct paragraphs.
      const paragraphs = Array.from(
        { length: 9_000 },
        (_, i) =>
          `第${i}段：慈溪甬舟精工轴承有限公司与宁波工程学院商定第${i}项合作，环驰集团参加。`,
      );
      const res = await fetch(hurried.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.curator}` },
        body: JSON.stringify({
          query: ADD,
          variables: { input: { fileName: 'long.txt', text: paragraphs.join('\n\n') } },
        }),
      });
      const answer = (await res.json()) as Omit<Answer<Added>, 'status'>;
      expect(answer.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      // Once Neo4j runs none of its statements, nothing of it may be committed.
      for (let i = 0; i < 300; i++) {
        const { records } = await api.driver.executeQuery(
          `SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW'
           RETURN count(*) AS n`,
          {},
          { database: 'neo4j' },
        );
        if (Number(records[0]?.get('n')) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await counts()).toEqual(before);
    } finally {
      await hurried.close();
    }
  });

  it('needs a curator key', async () => {
    const anonymous = await ask<Added>(ADD, { input: { fileName: 'a.txt', text: REPORT } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await add({ fileName: 'a.txt', text: 'reader text' }, 'reader');
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reader.errors?.[0]?.message).toMatch(/needs the role curator or reviewer or admin/);
    // A role above curator may do what a curator may.
    const reviewer = await add(
      { fileName: 'reviewer.txt', text: '宁波工程学院召开校企合作会议。' },
      'reviewer',
    );
    expect(reviewer.data?.addDocument).toMatchObject({ paragraphCount: 1, alreadyStored: false });
    expect(await audits(reviewer.data?.addDocument.id ?? '')).toEqual([
      { actor: 'reviewer', fileName: 'reviewer.txt' },
    ]);
  });
});

describe('review-queue entries as proposals', () => {
  const PROPOSE_CANDIDATE = `mutation ($input: CandidateProposalInput!) {
    proposeCandidate(input: $input) { ${CHANGE_FIELDS} }
  }`;
  const PROPOSE_LINK = `mutation ($input: SuggestedLinkProposalInput!) {
    proposeSuggestedLink(input: $input) { ${CHANGE_FIELDS} }
  }`;
  const accept = (id: string) =>
    ask<{ reviewChange: { status: string } }>(
      `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { status } }`,
      { id },
      'reviewer',
    );

  it('proposes a candidate as an entity citing its paragraphs, and a reviewer accepts it', async () => {
    const answer = await ask<{ proposeCandidate: ChangeAnswer }>(
      PROPOSE_CANDIDATE,
      {
        input: {
          document,
          name: CANDIDATE,
          id: 'enterprise:yongzhou-bearing',
          nameEn: 'Yongzhou Precision Bearing',
        },
      },
      'curator',
    );
    expect(answer.errors).toBeUndefined();
    const change = answer.data?.proposeCandidate as ChangeAnswer;
    expect(change).toMatchObject({ status: 'PROPOSED', author: 'curator' });
    expect(change.reason).toBe(
      `${CANDIDATE} is printed in "环驰集团与宁波工程学院签约" (${document}), paragraphs 2, 3: a candidate of its review queue.`,
    );
    expect(change.operations.map((op) => [op.kind, op.target])).toEqual([
      ['ENTITY', 'enterprise:yongzhou-bearing'],
    ]);
    expect(JSON.parse(change.operations[0]?.record ?? '{}')).toMatchObject({
      kind: 'ENTERPRISE',
      name: CANDIDATE,
      nameEn: 'Yongzhou Precision Bearing',
      sources: [
        { source: document, paragraph: 2 },
        { source: document, paragraph: 3 },
      ],
    });
    expect((await accept(change.id)).data?.reviewChange.status).toBe('APPLIED');
    const read = await ask<{
      entity: {
        kind: string;
        name: string;
        sources: { document: { id: string }; paragraph: number }[];
      };
    }>(
      `query { entity(id: "enterprise:yongzhou-bearing") { kind name sources { document { id } paragraph } } }`,
      {},
    );
    expect(read.data?.entity).toEqual({
      kind: 'ENTERPRISE',
      name: CANDIDATE,
      sources: [
        { document: { id: document }, paragraph: 2 },
        { document: { id: document }, paragraph: 3 },
      ],
    });
  });

  it('proposes a suggested link as a relationship citing the shared paragraphs, and a reviewer accepts it', async () => {
    const answer = await ask<{ proposeSuggestedLink: ChangeAnswer }>(
      PROPOSE_LINK,
      {
        input: {
          document,
          from: HUANCHI,
          to: NBUT,
          type: 'COOPERATES_WITH',
          reason: '签约共建实验室',
        },
      },
      'curator',
    );
    expect(answer.errors).toBeUndefined();
    const change = answer.data?.proposeSuggestedLink as ChangeAnswer;
    expect(change).toMatchObject({ status: 'PROPOSED', reason: '签约共建实验室' });
    expect(change.operations.map((op) => [op.kind, op.target])).toEqual([
      ['RELATIONSHIP', `${HUANCHI}|COOPERATES_WITH|${NBUT}`],
    ]);
    expect(JSON.parse(change.operations[0]?.record ?? '{}')).toMatchObject({
      status: 'ACTUAL',
      sources: [
        { source: document, paragraph: 1 },
        { source: document, paragraph: 3 },
      ],
    });
    expect((await accept(change.id)).data?.reviewChange.status).toBe('APPLIED');
    const read = await ask<{
      entity: {
        relationships: {
          from: { id: string };
          to: { id: string };
          sources: { paragraph: number }[];
        }[];
      };
    }>(
      `query { entity(id: "${HUANCHI}") {
        relationships(types: [COOPERATES_WITH]) { from { id } to { id } sources { paragraph } }
      } }`,
      {},
    );
    expect(read.data?.entity.relationships).toContainEqual({
      from: { id: HUANCHI },
      to: { id: NBUT },
      sources: [{ paragraph: 1 }, { paragraph: 3 }],
    });
  });

  it('takes the pair in either order, the relationship running as the caller gives it', async () => {
    const answer = await ask<{ proposeSuggestedLink: ChangeAnswer }>(
      PROPOSE_LINK,
      { input: { document, from: NBUT, to: HUANCHI, type: 'SUPPORTS' } },
      'curator',
    );
    expect(answer.errors).toBeUndefined();
    const change = answer.data?.proposeSuggestedLink as ChangeAnswer;
    expect(change.operations[0]?.target).toBe(`${NBUT}|SUPPORTS|${HUANCHI}`);
    expect(change.reason).toBe(
      `"环驰集团与宁波工程学院签约" (${document}) names ${NBUT} and ${HUANCHI} together in paragraphs 1, 3: a link suggested by its review queue.`,
    );
  });

  it.each([
    [
      'a name the document has no candidate for',
      PROPOSE_CANDIDATE,
      () => ({ document, name: '宁波不存在有限公司', id: 'enterprise:none' }),
      /has no candidate named "宁波不存在有限公司"/,
    ],
    [
      'a pair the document does not suggest',
      PROPOSE_LINK,
      () => ({ document, from: HUANCHI, to: 'university:wust', type: 'COOPERATES_WITH' }),
      /suggests no link between "enterprise:huanchi" and "university:wust"/,
    ],
    [
      'an unknown document',
      PROPOSE_CANDIDATE,
      () => ({ document: 'source:report-none', name: CANDIDATE, id: 'enterprise:none' }),
      /No document has the id "source:report-none"/,
    ],
  ])('refuses %s with NOT_FOUND, proposing nothing', async (_name, mutation, input, message) => {
    const [before] = await api.graph.read<{ n: number }>('RETURN COUNT { (:Change) } AS n');
    const answer = await ask(mutation, { input: input() }, 'curator');
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(answer.errors?.[0]?.message).toMatch(message);
    const [after] = await api.graph.read<{ n: number }>('RETURN COUNT { (:Change) } AS n');
    expect(after?.n).toBe(before?.n);
  });

  it('needs a curator key', async () => {
    const input = { document, name: CANDIDATE, id: 'enterprise:other' };
    const link = { document, from: HUANCHI, to: NBUT, type: 'COOPERATES_WITH' };
    const codes = await Promise.all([
      ask(PROPOSE_CANDIDATE, { input }, 'reader'),
      ask(PROPOSE_LINK, { input: link }, 'reader'),
      ask(PROPOSE_CANDIDATE, { input }),
      ask(PROPOSE_LINK, { input: link }),
    ]);
    expect(codes.map((a) => a.errors?.[0]?.extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });
});
