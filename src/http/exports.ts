// GET /export/<what>.<format>: the whole graph, a neighbourhood or the union of collaboration
// paths, as a file researchers open in Gephi (GraphML, GEXF), a spreadsheet (CSV) or a script
// (JSON). Parameters are checked here with the same bounds and wording as the GraphQL fields,
// the data comes from the same functions, and errors are the API's JSON errors with an HTTP
// status a download link can show: 400, 404, 413, 503 or 504.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';
import { allSources } from '../data/entities.ts';
import { MAX_HOPS, neighbourhood, pathsBetween } from '../data/paths.ts';
import { ENTITY_KINDS, type Entity, type Relationship, type Source } from '../data/records.ts';
import {
  HUB_KINDS,
  PATH_CATEGORIES,
  RELATIONSHIP_TYPE_NAMES,
  typesOfCategories,
} from '../data/vocabulary.ts';
import { wholeGraph } from '../data/wholeGraph.ts';
import { apiError, badInput, notFound, type ErrorCode } from '../errors.ts';
import { intInRange } from '../resolvers/arguments.ts';
import type { ExportInput } from '../exports/columns.ts';
import { toEdgesCsv, toNodesCsv } from '../exports/csv.ts';
import { toGEXF } from '../exports/gexf.ts';
import { toGraphML } from '../exports/graphml.ts';
import { toJSON } from '../exports/json.ts';

/** Most relationships one export may hold (entities: EXPORT_MAX_NODES, in the config). */
export const EXPORT_MAX_RELATIONSHIPS = 100_000;

const FORMATS = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', write: toGraphML },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', write: toGEXF },
  json: { contentType: 'application/json; charset=utf-8', write: toJSON },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8', write: toNodesCsv },
  'edges.csv': { contentType: 'text/csv; charset=utf-8', write: toEdgesCsv },
} as const satisfies Record<string, { contentType: string; write(input: ExportInput): string }>;
type Format = keyof typeof FORMATS;

const ROUTE = /^\/export\/(graph|neighborhood|paths)\.(graphml|gexf|json|nodes\.csv|edges\.csv)$/;
const ROUTES_HELP =
  '/export/graph.<format>, /export/neighborhood.<format>?id=… or /export/paths.<format>?from=…&to=…, ' +
  `where <format> is ${Object.keys(FORMATS).join(', ')}`;

// HTTP statuses for the codes an export can end with; any other error is unexpected (500).
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  QUERY_TOO_COMPLEX: 413,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

export interface ExportDependencies {
  config: Config;
  graph: Graph;
  log: Logger;
}

/** What an export route found: the file's contents and the name it is saved under. */
interface Prepared {
  input: ExportInput;
  /** The file name without the format, e.g. `cixi-neighborhood-university_wust-depth2`. */
  name: string;
}

export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { config, graph, log }: ExportDependencies,
): Promise<void> {
  const started = performance.now();
  const requestId = res.getHeader('x-request-id');
  const match = ROUTE.exec(url.pathname);
  if (!match) {
    return sendError(
      res,
      404,
      'NOT_FOUND',
      `Nothing at ${url.pathname}: exports are ${ROUTES_HELP}.`,
    );
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, 405, 'BAD_REQUEST', 'Exports are downloaded with GET.');
  }
  const what = match[1] as 'graph' | 'neighborhood' | 'paths';
  const format = match[2] as Format;

  // As for /graphql: the request's deadline, and the client going away, cancel the Neo4j work.
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), config.requestTimeoutMs);
  let clientGone = false;
  res.on('close', () => {
    if (res.writableFinished) return;
    clientGone = true;
    controller.abort();
  });
  let statements = 0;
  const requestGraph = graph.withOptions({
    signal: controller.signal,
    onStatement: () => statements++,
  });
  const logEvent = (status: number, outcome: string, extra: Record<string, unknown> = {}): void =>
    log.event('info', {
      requestId,
      export: url.pathname,
      status,
      durationMs: Math.round(performance.now() - started),
      statements,
      outcome,
      ...extra,
      ...(clientGone ? { clientGone: true } : {}),
    });
  try {
    const { input, name } = await PREPARE[what](url.searchParams, requestGraph, config);
    const body = Buffer.from(FORMATS[format].write(input), 'utf8');
    res
      .writeHead(200, {
        'content-type': FORMATS[format].contentType,
        'content-disposition': `attachment; filename="${name}.${format}"`,
        'content-length': body.length,
        'x-content-type-options': 'nosniff',
      })
      .end(body);
    logEvent(200, 'ok', {
      nodes: input.nodes.length,
      relationships: input.relationships.length,
      bytes: body.length,
    });
  } catch (error) {
    const code = error instanceof GraphQLError ? (error.extensions.code as ErrorCode) : undefined;
    const status = code === undefined ? undefined : STATUS[code];
    if (code === undefined || status === undefined) throw error; // the handler answers 500
    sendError(res, status, code, (error as GraphQLError).message);
    logEvent(status, code);
  } finally {
    clearTimeout(deadline);
  }
}

type Prepare = (params: URLSearchParams, graph: Graph, config: Config) => Promise<Prepared>;

const PREPARE: Record<'graph' | 'neighborhood' | 'paths', Prepare> = {
  async graph(params, graph, config) {
    checkNames(params, 'graph', []);
    // The whole request's deadline, not QUERY_TIMEOUT_MS: a large graph takes seconds to stream.
    const bounds = {
      maxNodes: config.exportMaxNodes,
      maxRelationships: EXPORT_MAX_RELATIONSHIPS,
      timeoutMs: config.requestTimeoutMs,
    };
    const [whole, sources] = await Promise.all([wholeGraph(graph, bounds), sourcesById(graph)]);
    if (whole.tooLarge) {
      const bound =
        whole.tooLarge === 'entities'
          ? `${bounds.maxNodes} entities, the most one export may hold (EXPORT_MAX_NODES=${bounds.maxNodes})`
          : `${bounds.maxRelationships} relationships, the most one export may hold`;
      throw apiError(
        'QUERY_TOO_COMPLEX',
        `The whole graph holds more than ${bound}; export a neighbourhood instead, e.g. ` +
          '/export/neighborhood.graphml?id=university:wust&depth=2, narrowed with maxNodes, types ' +
          'or kinds if needed.',
      );
    }
    const { nodes, relationships } = whole;
    const title = `Cixi Innovation Graph 慈溪创新图谱: all ${nodes.length} entities and ${relationships.length} relationships`;
    return { input: { title, nodes, relationships, sources }, name: 'cixi-graph' };
  },

  // The neighborhood field's arguments and defaults (schema/paths.graphql, resolvers/paths.ts).
  async neighborhood(params, graph, config) {
    checkNames(params, 'neighborhood', [
      'id',
      'depth',
      'maxNodes',
      'types',
      'kinds',
      'throughKinds',
    ]);
    const id = requiredId(params, 'id');
    const depth = intParam(params, 'depth', 1, 1, 3);
    const maxNodes = intParam(params, 'maxNodes', 200, 1, 500);
    const types = listParam(params, 'types', RELATIONSHIP_TYPE_NAMES, 'relationship types');
    const kinds = listParam(params, 'kinds', ENTITY_KINDS, 'entity kinds');
    const through = listParam(params, 'throughKinds', ENTITY_KINDS, 'entity kinds');
    const [subgraph, sources] = await Promise.all([
      neighbourhood(graph, { id, depth, maxNodes, types, kinds, through }),
      sourcesById(graph),
    ]);
    if (!subgraph)
      throw notFound(`No entity has the id "${shorten(id)}"; search finds ids by name.`);
    const { nodes, relationships, truncated } = subgraph;
    checkSize(
      nodes,
      relationships,
      config,
      'lower maxNodes or depth, or narrow it with types or kinds',
    );
    const centre = nodes[0];
    const title =
      `Neighbourhood of ${centre?.name ?? id} (${id}), depth ${depth}: ${nodes.length} entities, ` +
      `${relationships.length} relationships${truncated ? `, cut at maxNodes=${maxNodes}` : ''}`;
    return {
      input: { title, nodes, relationships, sources, truncated },
      name: `cixi-neighborhood-${fileSafe(id)}-depth${depth}`,
    };
  },

  // collaborationPaths with its defaults (schema/paths.graphql): collaboration and affiliation
  // links, never through hubs.
  async paths(params, graph, config) {
    checkNames(params, 'paths', ['from', 'to', 'maxHops', 'first']);
    const from = requiredId(params, 'from');
    const to = requiredId(params, 'to');
    const maxHops = intParam(params, 'maxHops', 4, 1, MAX_HOPS);
    const first = intParam(params, 'first', 5, 1, 50);
    if (from === to) throw badInput('from and to must be different entities.');
    const [answer, sources] = await Promise.all([
      pathsBetween(graph, {
        from,
        to,
        maxHops,
        first,
        types: typesOfCategories(PATH_CATEGORIES),
        through: ENTITY_KINDS.filter((k) => !HUB_KINDS.includes(k)),
        avoid: [],
      }),
      sourcesById(graph),
    ]);
    if (!answer.fromExists)
      throw notFound(`No entity has the id "${shorten(from)}" (from); search finds ids by name.`);
    if (!answer.toExists)
      throw notFound(`No entity has the id "${shorten(to)}" (to); search finds ids by name.`);
    const paths = answer.paths;
    const nodes = uniqueById(paths.flatMap((p) => p.nodes));
    const relationships = uniqueById(paths.flatMap((p) => p.relationships));
    checkSize(nodes, relationships, config, 'lower first or maxHops');
    const named = (id: string): string => {
      const e = nodes.find((n) => n.id === id);
      return e ? `${e.name} (${id})` : id;
    };
    const title =
      `Collaboration paths from ${named(from)} to ${named(to)}, at most ${maxHops} hops: ` +
      `${paths.length} paths through ${nodes.length} entities`;
    return {
      input: { title, nodes, relationships, sources, paths },
      name: `cixi-paths-${fileSafe(from)}-${fileSafe(to)}`,
    };
  },
};

async function sourcesById(graph: Graph): Promise<Map<string, Source>> {
  return new Map((await allSources(graph)).map((s) => [s.id, s]));
}

/** A neighbourhood or a set of paths is bounded by its arguments, but EXPORT_MAX_NODES may be lower. */
function checkSize(
  nodes: readonly Entity[],
  relationships: readonly Relationship[],
  config: Config,
  narrow: string,
): void {
  if (nodes.length <= config.exportMaxNodes && relationships.length <= EXPORT_MAX_RELATIONSHIPS)
    return;
  throw apiError(
    'QUERY_TOO_COMPLEX',
    `This export would hold ${nodes.length} entities and ${relationships.length} relationships; ` +
      `one export may hold at most ${config.exportMaxNodes} entities (EXPORT_MAX_NODES) and ` +
      `${EXPORT_MAX_RELATIONSHIPS} relationships: ${narrow}.`,
  );
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

// Parameters --------------------------------------------------------------------------------

/** Unknown or repeated parameters are refused: a typo such as `maxnodes` must not go unnoticed. */
function checkNames(params: URLSearchParams, what: string, allowed: readonly string[]): void {
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) {
      throw badInput(
        allowed.length === 0
          ? `/export/${what}.* takes no parameters; got "${shorten(name)}".`
          : `/export/${what}.* takes ${allowed.join(', ')}; got "${shorten(name)}".`,
      );
    }
    if (params.getAll(name).length > 1) throw badInput(`${name} may be given only once.`);
  }
}

function requiredId(params: URLSearchParams, name: string): string {
  const value = params.get(name)?.trim() ?? '';
  if (value === '')
    throw badInput(
      `${name} is required: an entity id such as university:wust; search finds ids by name.`,
    );
  return value;
}

function intParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\s*[+-]?\d{1,15}\s*$/.test(raw))
    throw badInput(`${name} must be an integer from ${min} to ${max}; got "${shorten(raw)}".`);
  return intInRange(name, Number(raw), min, max);
}

/** A comma-separated list of enum values, or null when absent or empty (no filter). */
function listParam<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  what: string,
): T[] | null {
  const values = (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.length === 0) return null;
  const unknown = values.find((v) => !(allowed as readonly string[]).includes(v));
  if (unknown !== undefined) {
    throw badInput(
      `${name} must be a comma-separated list of ${what} (${allowed.join(', ')}); got "${shorten(unknown)}".`,
    );
  }
  return [...new Set(values as T[])];
}

/** Caller text quoted in a message, cut so a long parameter cannot make a long answer. */
const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** An id as part of a file name: letters, digits, dot, dash and underscore only. */
const fileSafe = (id: string): string => id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
