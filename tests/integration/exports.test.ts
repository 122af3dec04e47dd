// /export/…: files for Gephi, spreadsheets and scripts, checked against what the GraphQL API
// answers for the same question on the curated data. XML is parsed with saxes, a strict XML 1.0
// parser, so a file that is not well-formed fails here before it fails in Gephi.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { csvRecords } from '../helpers/csv.ts';
import { freePort } from '../helpers/ports.ts';
import { elementsNamed, gexfValue, graphmlData, parseXml } from '../helpers/xml.ts';

interface ExportError {
  errors: { message: string; extensions: { code: string } }[];
}

let api: TestApi;
let small: TestApi;
let base: string;
beforeAll(async () => {
  [api, small] = await Promise.all([startTestApi(), startTestApi({ EXPORT_MAX_NODES: '10' })]);
  base = api.origin;
});
afterAll(async () => {
  await Promise.all([api?.close(), small?.close()]);
});

const get = (path: string, from = base): Promise<Response> => fetch(`${from}${path}`);
const text = async (path: string): Promise<string> => {
  const res = await get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.text();
};

const WUST = 'university:wust';
const PAIRING = 'enterprise:ruitang|PAIRED_WITH|university:wust';
const TALENT_CITY_FILE = '000_6ed291f17ed2e31c.txt';

describe('the whole graph', () => {
  let stats: { entities: number; relationships: number };
  beforeAll(async () => {
    const res = await api.query<{ stats: typeof stats }>('{ stats { entities relationships } }');
    if (!res.data) throw new Error('no stats');
    stats = res.data.stats;
  });

  it('as GraphML: every entity and relationship, ordered by id, with both names and provenance', async () => {
    const res = await get('/export/graph.graphml');
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="cixi-graph.graphml"',
    );
    const doc = parseXml(await res.text());
    const nodes = elementsNamed(doc, 'node');
    const edges = elementsNamed(doc, 'edge');
    expect(nodes).toHaveLength(stats.entities);
    expect(edges).toHaveLength(stats.relationships);
    const ids = nodes.map((n) => n.attributes.id ?? '');
    expect(ids).toEqual([...ids].sort());
    const known = new Set(ids);
    for (const e of edges) {
      expect(known.has(e.attributes.source ?? '')).toBe(true);
      expect(known.has(e.attributes.target ?? '')).toBe(true);
    }

    const wust = nodes.find((n) => n.attributes.id === WUST);
    expect(graphmlData(wust, 'n_label')).toBe('武汉科技大学');
    expect(graphmlData(wust, 'n_name')).toBe('武汉科技大学');
    expect(graphmlData(wust, 'n_nameEn')).toBe('Wuhan University of Science and Technology');
    expect(graphmlData(wust, 'n_kind')).toBe('UNIVERSITY');
    expect(graphmlData(wust, 'n_aliases')).toBe('武科大; WUST');
    expect(graphmlData(wust, 'n_aliasOrigins')).toBe('source:talent-city-2025#24; curators');
    expect(graphmlData(wust, 'n_provenance')).toBe(
      'source:talent-city-2025#21; source:talent-city-2025#22; source:talent-city-2025#24; ' +
        'source:talent-city-2025#26; source:talent-city-2025#27',
    );
    expect(graphmlData(wust, 'n_sourceFiles')).toBe(TALENT_CITY_FILE);

    const pairing = edges.find((e) => e.attributes.id === PAIRING);
    expect(pairing?.attributes).toMatchObject({ source: 'enterprise:ruitang', target: WUST });
    expect(graphmlData(pairing, 'e_type')).toBe('PAIRED_WITH');
    expect(graphmlData(pairing, 'e_category')).toBe('COLLABORATION');
    expect(graphmlData(pairing, 'e_status')).toBe('ACTUAL');
    expect(graphmlData(pairing, 'e_role')).toBe('首批结对企业');
    expect(graphmlData(pairing, 'e_roleEn')).toBe('first-batch paired enterprise');
    expect(graphmlData(pairing, 'e_program')).toBe('program:kechuang-partner');
    expect(graphmlData(pairing, 'e_provenance')).toBe(
      'source:talent-city-2025#21; source:talent-city-2025#22',
    );
    expect(graphmlData(pairing, 'e_sourceFiles')).toBe(TALENT_CITY_FILE);
  });

  it('reads the entities and the relationships in two bounded statements (and the sources)', async () => {
    await get('/export/graph.json');
    const event = api.log.events.filter((e) => e.export === '/export/graph.json').at(-1);
    expect(event).toMatchObject({
      status: 200,
      statements: 3,
      nodes: stats.entities,
      relationships: stats.relationships,
    });
  });

  it('as GEXF 1.3: nodes labelled in Chinese, typed attributes, edge kinds', async () => {
    const res = await get('/export/graph.gexf');
    expect(res.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="cixi-graph.gexf"');
    const doc = parseXml(await res.text());
    expect(doc.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(elementsNamed(doc, 'node')).toHaveLength(stats.entities);
    expect(elementsNamed(doc, 'edge')).toHaveLength(stats.relationships);
    const wust = elementsNamed(doc, 'node').find((n) => n.attributes.id === WUST);
    expect(wust?.attributes.label).toBe('武汉科技大学');
    expect(gexfValue(wust, 'nameEn')).toBe('Wuhan University of Science and Technology');
    expect(gexfValue(wust, 'provenance')).toContain('source:talent-city-2025#27');
    const year = elementsNamed(doc, 'attribute').find((a) => a.attributes.id === 'year');
    expect(year?.attributes.type).toBe('integer');
    // Two relationships join the same pair here; distinct kinds keep both in Gephi.
    const qian = elementsNamed(doc, 'edge').filter(
      (e) =>
        e.attributes.source === 'enterprise:qian' &&
        e.attributes.target === 'industry:industrial-internet-security',
    );
    expect(qian.map((e) => e.attributes.kind).sort()).toEqual(['IN_INDUSTRY', 'LEADS_CHAIN']);
  });

  it('as CSV: a BOM, the header, one row per record, fields with commas quoted', async () => {
    const nodesRes = await get('/export/graph.nodes.csv');
    expect(nodesRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nodesRes.headers.get('content-disposition')).toBe(
      'attachment; filename="cixi-graph.nodes.csv"',
    );
    // fetch's text() drops a leading BOM: read the bytes.
    const nodesText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await nodesRes.arrayBuffer(),
    );
    const nodes = csvRecords(nodesText);
    expect(nodes.header).toEqual([
      'id',
      'name',
      'nameEn',
      'kind',
      'aliases',
      'aliasOrigins',
      'year',
      'description',
      'descriptionZh',
      'provenance',
      'sourceFiles',
    ]);
    expect(nodes.rows).toHaveLength(stats.entities);
    expect(nodesText).toContain(
      'enterprise:ruitang,浙江瑞堂塑料科技股份有限公司,"Zhejiang Ruitang Plastic Technology Co., Ltd.",ENTERPRISE,',
    );
    expect(nodes.rows.find((r) => r.id === WUST)).toMatchObject({
      name: '武汉科技大学',
      nameEn: 'Wuhan University of Science and Technology',
      kind: 'UNIVERSITY',
      year: '',
      sourceFiles: TALENT_CITY_FILE,
    });

    const edgesRes = await get('/export/graph.edges.csv');
    const edges = csvRecords(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(await edgesRes.arrayBuffer()),
    );
    expect(edges.header).toEqual([
      'id',
      'from',
      'fromName',
      'to',
      'toName',
      'type',
      'category',
      'status',
      'since',
      'role',
      'roleEn',
      'program',
      'provenance',
      'sourceFiles',
    ]);
    expect(edges.rows).toHaveLength(stats.relationships);
    expect(edges.rows.find((r) => r.id === PAIRING)).toEqual({
      id: PAIRING,
      from: 'enterprise:ruitang',
      fromName: '浙江瑞堂塑料科技股份有限公司',
      to: WUST,
      toName: '武汉科技大学',
      type: 'PAIRED_WITH',
      category: 'COLLABORATION',
      status: 'ACTUAL',
      since: '',
      role: '首批结对企业',
      roleEn: 'first-batch paired enterprise',
      program: 'program:kechuang-partner',
      provenance: 'source:talent-city-2025#21; source:talent-city-2025#22',
      sourceFiles: TALENT_CITY_FILE,
    });
  });

  it('as JSON: the counts, the cited sources and decoded provenance', async () => {
    const res = await get('/export/graph.json');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as {
      counts: { nodes: number; relationships: number };
      sources: { id: string; fileName: string }[];
      nodes: { id: string; sources: { source: string; paragraph: number; fileName: string }[] }[];
    };
    expect(body.counts).toEqual({ nodes: stats.entities, relationships: stats.relationships });
    expect(body.sources.map((s) => s.fileName)).toEqual([
      TALENT_CITY_FILE,
      '003_e3704936dc76cc3d.txt',
    ]);
    expect(body.nodes.find((n) => n.id === WUST)?.sources[0]).toEqual({
      source: 'source:talent-city-2025',
      paragraph: 21,
      fileName: TALENT_CITY_FILE,
    });
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetch(`${base}/export/graph.graphml`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(100_000);
    expect(await res.text()).toBe('');
  });
});

describe('a neighbourhood', () => {
  interface Hood {
    truncated: boolean;
    nodes: { id: string }[];
    relationships: { id: string }[];
  }
  let hood: Hood;
  beforeAll(async () => {
    const res = await api.query<{ neighborhood: Hood }>(
      `{ neighborhood(id: "${WUST}", depth: 2) { truncated nodes { id } relationships { id } } }`,
    );
    if (!res.data) throw new Error('no neighborhood');
    hood = res.data.neighborhood;
    expect(hood.nodes.length).toBeGreaterThan(20);
  });
  const query = `?id=${WUST}&depth=2`;

  it('holds exactly the nodes and relationships the neighborhood query returns, in its order', async () => {
    const res = await get(`/export/neighborhood.graphml${query}`);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="cixi-neighborhood-university_wust-depth2-max200.graphml"',
    );
    const doc = parseXml(await res.text());
    expect(elementsNamed(doc, 'node').map((n) => n.attributes.id)).toEqual(
      hood.nodes.map((n) => n.id),
    );
    expect(elementsNamed(doc, 'edge').map((e) => e.attributes.id)).toEqual(
      hood.relationships.map((r) => r.id),
    );
    expect(elementsNamed(doc, 'desc')[0]?.text).toMatch(
      /^Neighbourhood of 武汉科技大学 \(university:wust\)/,
    );

    const gexf = parseXml(await text(`/export/neighborhood.gexf${query}`));
    expect(elementsNamed(gexf, 'node')).toHaveLength(hood.nodes.length);
    expect(elementsNamed(gexf, 'edge')).toHaveLength(hood.relationships.length);

    const json = JSON.parse(await text(`/export/neighborhood.json${query}`)) as {
      truncated: boolean;
      counts: { nodes: number; relationships: number };
    };
    expect(json.truncated).toBe(hood.truncated);
    expect(json.counts).toEqual({
      nodes: hood.nodes.length,
      relationships: hood.relationships.length,
    });

    const csv = await (await get(`/export/neighborhood.edges.csv${query}`)).arrayBuffer();
    expect(csvRecords(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).rows).toHaveLength(
      hood.relationships.length,
    );
  });

  it('takes the same filters: types and kinds as comma lists, maxNodes', async () => {
    const res = await api.query<{ neighborhood: Hood }>(
      `{ neighborhood(id: "${WUST}", depth: 2, maxNodes: 15, types: [PAIRED_WITH, PART_OF, WORKS_AT], kinds: [ENTERPRISE, TALENT]) { truncated nodes { id } relationships { id } } }`,
    );
    const doc = parseXml(
      await text(
        `/export/neighborhood.graphml?id=${WUST}&depth=2&maxNodes=15&types=PAIRED_WITH,PART_OF,WORKS_AT&kinds=ENTERPRISE,TALENT`,
      ),
    );
    expect(elementsNamed(doc, 'node').map((n) => n.attributes.id)).toEqual(
      res.data?.neighborhood.nodes.map((n) => n.id),
    );
    expect(elementsNamed(doc, 'edge')).toHaveLength(
      res.data?.neighborhood.relationships.length ?? -1,
    );
    expect(elementsNamed(doc, 'node').length).toBeGreaterThan(3);
  });
});

describe('collaboration paths', () => {
  interface Path {
    nodes: { id: string }[];
    relationships: { id: string }[];
    explanation: string;
    explanationEn: string;
  }
  let paths: Path[];
  beforeAll(async () => {
    const res = await api.query<{ collaborationPaths: Path[] }>(
      `{ collaborationPaths(from: "${WUST}", to: "enterprise:ruitang") { nodes { id } relationships { id } explanation explanationEn } }`,
    );
    paths = res.data?.collaborationPaths ?? [];
    expect(paths.length).toBeGreaterThan(1);
  });
  const query = `?from=${WUST}&to=enterprise:ruitang`;

  it('hold the union of the nodes and relationships of the paths collaborationPaths finds', async () => {
    const union = (pick: (p: Path) => { id: string }[]): string[] =>
      [...new Set(paths.flatMap((p) => pick(p).map((x) => x.id)))].sort();
    const res = await get(`/export/paths.graphml${query}`);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="cixi-paths-university_wust-enterprise_ruitang-hops4-first5.graphml"',
    );
    const doc = parseXml(await res.text());
    expect(
      elementsNamed(doc, 'node')
        .map((n) => n.attributes.id ?? '')
        .sort(),
    ).toEqual(union((p) => p.nodes));
    expect(
      elementsNamed(doc, 'edge')
        .map((e) => e.attributes.id ?? '')
        .sort(),
    ).toEqual(union((p) => p.relationships));
    const nodesCsv = await (await get(`/export/paths.nodes.csv${query}`)).arrayBuffer();
    expect(
      csvRecords(new TextDecoder('utf-8', { ignoreBOM: true }).decode(nodesCsv)).rows.map(
        (r) => r.id,
      ),
    ).toHaveLength(union((p) => p.nodes).length);
  });

  it('keep the paths themselves in JSON, each explained in both languages', async () => {
    const body = JSON.parse(await text(`/export/paths.json${query}`)) as {
      counts: { paths: number };
      paths: {
        nodes: string[];
        relationships: string[];
        explanation: string;
        explanationEn: string;
      }[];
    };
    expect(body.counts.paths).toBe(paths.length);
    expect(body.paths).toEqual(
      paths.map((p) => ({
        length: p.relationships.length,
        nodes: p.nodes.map((n) => n.id),
        relationships: p.relationships.map((r) => r.id),
        explanation: p.explanation,
        explanationEn: p.explanationEn,
      })),
    );
    expect(body.paths[0]?.explanation).toBe(
      '浙江瑞堂塑料科技股份有限公司 与 武汉科技大学 结对（首批结对企业）。',
    );
  });
});

describe('refusals', () => {
  const refusal = async (
    path: string,
    from = base,
  ): Promise<{ status: number; type: string | null; body: ExportError }> => {
    const res = await get(path, from);
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as ExportError,
    };
  };

  it.each([
    [
      '/export/neighborhood.graphml?id=university:wust&depth=4',
      'depth must be an integer from 1 to 3; got 4.',
    ],
    [
      '/export/neighborhood.json?id=university:wust&maxNodes=0',
      'maxNodes must be an integer from 1 to 500; got 0.',
    ],
    [
      '/export/neighborhood.json?id=university:wust&depth=two',
      'depth must be an integer from 1 to 3; got "two".',
    ],
    [
      '/export/paths.gexf?from=university:wust&to=enterprise:ruitang&maxHops=7',
      'maxHops must be an integer from 1 to 6; got 7.',
    ],
    [
      '/export/paths.json?from=university:wust&to=enterprise:ruitang&first=51',
      'first must be an integer from 1 to 50; got 51.',
    ],
    [
      '/export/paths.json?from=university:wust&to=university:wust',
      'from and to must be different entities.',
    ],
    [
      '/export/neighborhood.json?depth=2',
      'id is required: an entity id such as university:wust; search finds ids by name.',
    ],
    [
      '/export/neighborhood.json?id=university:wust&maxnodes=5',
      '/export/neighborhood.* takes id, depth, maxNodes, types, kinds, throughKinds; got "maxnodes".',
    ],
  ])('%s → 400 BAD_USER_INPUT', async (path, message) => {
    const { status, type, body } = await refusal(path);
    expect(status).toBe(400);
    expect(type).toBe('application/json; charset=utf-8');
    expect(body.errors).toEqual([{ message, extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('refuses a kind or relationship type outside the vocabulary, naming the allowed ones', async () => {
    const { status, body } = await refusal(
      '/export/neighborhood.json?id=university:wust&kinds=UNIVERSITY,COMPANY',
    );
    expect(status).toBe(400);
    expect(body.errors[0]?.message).toBe(
      'kinds must be a comma-separated list of entity kinds (ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, PLATFORM, TALENT, PROJECT, PROGRAM, EVENT, INDUSTRY, REGION, AGENCY); got "COMPANY".',
    );
    const types = await refusal('/export/neighborhood.json?id=university:wust&types=FRIENDS');
    expect(types.body.errors[0]?.message).toMatch(
      /^types must be a comma-separated list of relationship types \(PAIRED_WITH, .*\); got "FRIENDS"\.$/,
    );
  });

  it('answers an unknown id with 404 NOT_FOUND', async () => {
    const hood = await refusal('/export/neighborhood.graphml?id=university:nowhere');
    expect(hood.status).toBe(404);
    expect(hood.body.errors).toEqual([
      {
        message: 'No entity has the id "university:nowhere"; search finds ids by name.',
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
    const paths = await refusal('/export/paths.json?from=university:wust&to=enterprise:nowhere');
    expect(paths.status).toBe(404);
    expect(paths.body.errors[0]?.message).toBe(
      'No entity has the id "enterprise:nowhere" (to); search finds ids by name.',
    );
  });

  it('answers an unknown format or export with 404 and the list of exports', async () => {
    for (const path of [
      '/export/graph.pdf',
      '/export/graph.csv',
      '/export/everything.json',
      '/export/',
    ]) {
      const { status, body } = await refusal(path);
      expect(status, path).toBe(404);
      expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
      expect(body.errors[0]?.message).toContain('graphml, gexf, json, nodes.csv, edges.csv');
    }
  });

  it('refuses more than EXPORT_MAX_NODES entities with 413, saying the bound and how to narrow', async () => {
    const whole = await refusal('/export/graph.graphml', small.origin);
    expect(whole.status).toBe(413);
    expect(whole.body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(whole.body.errors[0]?.message).toBe(
      'The whole graph holds more than 10 entities, the most one export may hold (EXPORT_MAX_NODES=10); export a neighbourhood instead, e.g. /export/neighborhood.graphml?id=university:wust&depth=2, narrowed with maxNodes, types or kinds if needed.',
    );
    // The bound is checked in the statement: at most 11 entities were read, no relationship.
    expect(small.log.events.at(-1)).toMatchObject({ status: 413, statements: 2 });

    const hood = await refusal(
      '/export/neighborhood.json?id=university:wust&depth=2',
      small.origin,
    );
    expect(hood.status).toBe(413);
    expect(hood.body.errors[0]?.message).toMatch(
      /^This export would hold \d+ entities and \d+ relationships; one export may hold at most 10 entities \(EXPORT_MAX_NODES\) and 100000 relationships: lower maxNodes or depth, or narrow it with types or kinds\.$/,
    );
    // Within the bound, the same API exports.
    const fits = JSON.parse(
      await (
        await get('/export/neighborhood.json?id=university:wust&maxNodes=5', small.origin)
      ).text(),
    ) as { counts: { nodes: number }; truncated: boolean };
    expect(fits).toMatchObject({ counts: { nodes: 5 }, truncated: true });
  });

  it('answers 503 SERVICE_UNAVAILABLE when Neo4j does not answer', async () => {
    const down = await startTestApi({}, `bolt://127.0.0.1:${await freePort()}`);
    try {
      const res = await refusal('/export/graph.json', down.origin);
      expect(res.status).toBe(503);
      expect(res.body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });
});
