// The peer: @neo4j/graphql serving type definitions that @neo4j/introspector reads from the
// synthetic graph, under Apollo Server like ours. The introspected definitions name types after
// label sets (`Entity`, `Entity2`, … for University, ResearchInstitute, …); they are renamed after
// their kind's label, and two fields ask our own statements (search and paths), which the peer
// has no way to say.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { toGraphQLTypeDefs } from '@neo4j/introspector';
import { Kind, parse, print, visit, type StringValueNode } from 'graphql';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { createDriver, type Neo4jConnection } from '../../src/neo4j/graph.ts';
import type { Cleanups } from '../shared/cleanups.ts';
import { PEER_PATHS_STATEMENT, PEER_SEARCH_STATEMENT } from './operations.ts';

/** The introspector still calls `readTransaction`, which neo4j-driver 6 renamed `executeRead`. */
function introspectionSession(driver: Driver, database: string): Session {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  return Object.assign(session, { readTransaction: session.executeRead.bind(session) });
}

const plural = (label: string): string =>
  label.endsWith('y') ? `${label.slice(0, -1)}ies` : `${label}s`;

/**
 * Each introspected type renamed after the kind label of its `@node(labels: […])`, and the
 * fields named after it (`developsEntity5S` → `developsProjects`); lists of nullable elements
 * made lists of non-null ones, the only kind the peer takes on relationship properties.
 */
export function namedAfterLabels(typeDefs: string): string {
  const document = parse(typeDefs);
  const names = new Map<string, string>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const labels = d.directives
      ?.find((x) => x.name.value === 'node')
      ?.arguments?.find((a) => a.name.value === 'labels')?.value;
    if (labels?.kind !== Kind.LIST) continue;
    const kind = labels.values.map((v) => (v as StringValueNode).value).find((l) => l !== 'Entity');
    if (kind) names.set(d.name.value, kind);
  }
  const field = (name: string): string =>
    name.replace(/([Ee])ntit(?:ies|y(\d+)S)/g, (all, e: string, n?: string) => {
      const to = names.get(`Entity${n ?? ''}`);
      if (!to) return all;
      const p = plural(to);
      return e === 'e' ? `${p[0]?.toLowerCase() ?? ''}${p.slice(1)}` : p;
    });
  return print(
    visit(document, {
      FieldDefinition: (node) => ({
        ...node,
        name: { ...node.name, value: field(node.name.value) },
      }),
      // The peer takes no list of nullable elements ([String]) on relationships.
      ListType: (node) =>
        node.type.kind === Kind.NAMED_TYPE
          ? { ...node, type: { kind: Kind.NON_NULL_TYPE, type: node.type } }
          : undefined,
      NamedType: (node) => {
        const to = names.get(node.name.value);
        return to ? { ...node, name: { ...node.name, value: to } } : undefined;
      },
      ObjectTypeDefinition: (node) => {
        const to = names.get(node.name.value);
        return to ? { ...node, name: { ...node.name, value: to } } : undefined;
      },
    }),
  );
}

const QUERY_FIELDS = `
type Query {
  searchEnterprises(lucene: String!, exact: String!, kinds: [String!]!, first: Int!): [Enterprise!]!
    @cypher(statement: ${JSON.stringify(PEER_SEARCH_STATEMENT)}, columnName: "n")
  collaborationPathLengths(
    from: String!, to: String!, types: [String!]!, through: [String!]!, avoid: [String!]!,
    statuses: [String!], first: Int!, steps: Boolean!
  ): [Int!]! @cypher(statement: ${JSON.stringify(PEER_PATHS_STATEMENT)}, columnName: "length")
}`;

/** Starts the peer on a loopback port and returns its URL; `cleanups` stops it. */
export async function startPeer(
  connection: Neo4jConnection,
  cleanups: Cleanups,
  say: (line: string) => void,
  wrap: (driver: Driver) => Driver = (driver) => driver,
): Promise<URL> {
  const real = createDriver(connection);
  cleanups.add(() => real.close());
  const driver = wrap(real);
  say('Introspecting the synthetic graph for the peer’s type definitions…');
  const started = performance.now();
  const introspected = await toGraphQLTypeDefs(
    () => introspectionSession(driver, connection.database),
    true,
  );
  say(`Introspected in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const typeDefs = `${namedAfterLabels(introspected)}\n${QUERY_FIELDS}`;
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: connection.database } }),
  });
  cleanups.add(() => apollo.stop());
  return new URL(url);
}
