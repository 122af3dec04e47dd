// GET /export/<what>.<format>: the whole graph, a neighbourhood or the union of collaboration
// paths, as a file researchers open in Gephi (GraphML, GEXF), a spreadsheet (CSV) or a script
// (JSON). A thin adapter: a neighbourhood or paths export asks the same question, with the same
// arguments (read from the schema), as the GraphQL field of that name; errors are the API's JSON
// errors with an HTTP status a download link can show.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.ts';
import { allSources } from '../data/entities.ts';
import type { Entity, Relationship, Source } from '../data/records.ts';
import { wholeGraph } from '../data/wholeGraph.ts';
import { codeOf, errorBody, EXPORT, HTTP_STATUS, pastDeadline } from '../errors/index.ts';
import { createContext, type Context } from '../graphql/context.ts';
import {
  collaborationPaths,
  neighborhood,
  type NeighborhoodArgs,
  type PathsArgs,
} from '../graphql/resolvers/paths.ts';
import type { ExportInput } from '../exports/columns.ts';
import { toEdgesCsv, toNodesCsv } from '../exports/csv.ts';
import { toGEXF } from '../exports/gexf.ts';
import { toGraphML } from '../exports/graphml.ts';
import { toJSON } from '../exports/json.ts';
import { argumentsFromSearch } from './exportArguments.ts';
import type { Outcome, RequestScope } from './requestScope.ts';

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

/** What an export found: the file's contents and the name it is saved under (no extension). */
interface Prepared {
  input: ExportInput;
  name: string;
}

interface Request {
  params: URLSearchParams;
  ctx: Context;
  config: Config;
  /** The field's arguments as GraphQL would give them, read from `params`. */
  argumentsOf(field: 'neighborhood' | 'collaborationPaths'): Record<string, unknown>;
}

export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  scope: RequestScope,
  { schema, config }: { schema: GraphQLSchema; config: Config },
): Promise<Outcome> {
  const send = (status: number, code: string, message: string): Outcome => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(errorBody(code, message));
    return { export: url.pathname, status, outcome: code };
  };
  const match = ROUTE.exec(url.pathname);
  if (!match) return send(404, 'NOT_FOUND', EXPORT.nothingAt(url.pathname, ROUTES_HELP));
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(405, 'BAD_REQUEST', EXPORT.notGet);
  }
  const what = match[1] as keyof typeof PREPARE;
  const format = match[2] as Format;
  const fields = schema.getQueryType()?.getFields() ?? {};
  const request: Request = {
    params: url.searchParams,
    ctx: createContext(scope, config),
    config,
    argumentsOf: (name) => {
      const field = fields[name];
      if (!field) throw new Error(`the schema has no Query.${name}`);
      return argumentsFromSearch(field, url.searchParams, `/export/${what}.*`);
    },
  };
  try {
    const { input, name } = await PREPARE[what](request);
    // Answered already, at the deadline (requestScope.ts).
    if (res.headersSent) return { export: url.pathname, status: 504, outcome: 'TIMEOUT' };
    const body = Buffer.from(FORMATS[format].write(input), 'utf8');
    res
      .writeHead(200, {
        'content-type': FORMATS[format].contentType,
        'content-disposition': `attachment; filename="${name}.${format}"`,
        'content-length': body.length,
        'x-content-type-options': 'nosniff',
      })
      .end(body);
    return {
      export: url.pathname,
      status: 200,
      outcome: 'ok',
      nodes: input.nodes.length,
      relationships: input.relationships.length,
      bytes: body.length,
    };
  } catch (error) {
    const code = codeOf(error);
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') throw error; // answered as 500
    return send(HTTP_STATUS[code], code, (error as Error).message);
  }
}

/** The answer at the deadline, whatever the export's statements are still waiting for. */
export function answerExportPastDeadline(res: ServerResponse, url: URL, ms: number): Outcome {
  if (res.headersSent) res.destroy();
  else
    res
      .writeHead(504, { 'content-type': 'application/json; charset=utf-8' })
      .end(errorBody('TIMEOUT', pastDeadline(ms).message));
  return { export: url.pathname, status: 504, outcome: 'TIMEOUT', pastDeadline: true };
}

const PREPARE = {
  async graph({ params, ctx, config }: Request): Promise<Prepared> {
    const given = [...params.keys()][0];
    if (given !== undefined) throw EXPORT.noParameters('graph', given);
    // The whole request's deadline, not QUERY_TIMEOUT_MS: a large graph takes seconds to stream.
    const bounds = {
      maxNodes: config.exportMaxNodes,
      maxRelationships: EXPORT_MAX_RELATIONSHIPS,
      timeoutMs: config.requestTimeoutMs,
    };
    const [whole, sources] = await Promise.all([wholeGraph(ctx.graph, bounds), sourcesById(ctx)]);
    if (whole.tooLarge) {
      const bound =
        whole.tooLarge === 'entities'
          ? `${bounds.maxNodes} entities, the most one export may hold (EXPORT_MAX_NODES=${bounds.maxNodes})`
          : `${bounds.maxRelationships} relationships, the most one export may hold`;
      throw EXPORT.graphTooLarge(bound);
    }
    const { nodes, relationships } = whole;
    const title = `Cixi Innovation Graph 慈溪创新图谱: all ${nodes.length} entities and ${relationships.length} relationships`;
    return { input: { title, nodes, relationships, sources }, name: 'cixi-graph' };
  },

  async neighborhood(request: Request): Promise<Prepared> {
    const args = request.argumentsOf('neighborhood') as NeighborhoodArgs;
    const [subgraph, sources] = await Promise.all([
      neighborhood(args, request.ctx),
      sourcesById(request.ctx),
    ]);
    const { nodes, relationships, truncated } = subgraph;
    checkSize(
      nodes,
      relationships,
      request.config,
      'lower maxNodes or depth, or narrow it with types or kinds',
    );
    const title =
      `Neighbourhood of ${nodes[0]?.name ?? args.id} (${args.id}), depth ${args.depth}: ${nodes.length} entities, ` +
      `${relationships.length} relationships${truncated ? `, cut at maxNodes=${args.maxNodes}` : ''}`;
    return {
      input: { title, nodes, relationships, sources, truncated },
      // Every bound in the name: the same name never holds two different answers.
      name: `cixi-neighborhood-${fileSafe(args.id)}-depth${args.depth}-max${args.maxNodes}`,
    };
  },

  async paths(request: Request): Promise<Prepared> {
    const args = request.argumentsOf('collaborationPaths') as PathsArgs;
    const [paths, sources] = await Promise.all([
      collaborationPaths(args, request.ctx),
      sourcesById(request.ctx),
    ]);
    const nodes = uniqueById(paths.flatMap((p) => p.nodes));
    const relationships = uniqueById(paths.flatMap((p) => p.relationships));
    checkSize(nodes, relationships, request.config, 'lower first or maxHops');
    const named = (id: string): string => {
      const e = nodes.find((n) => n.id === id);
      return e ? `${e.name} (${id})` : id;
    };
    const title =
      `Collaboration paths from ${named(args.from)} to ${named(args.to)}, at most ${args.maxHops} hops: ` +
      `${paths.length} paths through ${nodes.length} entities`;
    return {
      input: { title, nodes, relationships, sources, paths },
      name: `cixi-paths-${fileSafe(args.from)}-${fileSafe(args.to)}-hops${args.maxHops}-first${args.first}`,
    };
  },
};

async function sourcesById(ctx: Context): Promise<Map<string, Source>> {
  return new Map((await allSources(ctx.graph)).map((s) => [s.id, s]));
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
  throw EXPORT.tooLarge(
    nodes.length,
    relationships.length,
    config.exportMaxNodes,
    EXPORT_MAX_RELATIONSHIPS,
    narrow,
  );
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** An id as part of a file name: letters, digits, dot, dash and underscore only. */
const fileSafe = (id: string): string => id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
