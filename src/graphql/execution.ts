// How Apollo executes a validated operation. graphql-js walks the document field by field for
// every value, which for a neighbourhood of 2,000 relationships is some 12k resolver calls and
// most of the time the API adds to the database's. graphql-jit compiles a document once into a
// plain function for its selection, so a repeated question skips that walk. Apollo still parses,
// validates (with our limit rules), runs the plugins and formats the errors around it: its
// `gateway` option is the one way in to its executor.
import type { ApolloServerOptions } from '@apollo/server';
import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Context } from './context.ts';

type Gateway = NonNullable<ApolloServerOptions<Context>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Executions of a document by graphql-js before it is compiled. Compiling costs about as much
 * as several executions, so a question asked once (or a flood of distinct ones) is not worth
 * it; a dashboard's or a client's operations repeat and are compiled on their second request.
 */
const RUNS_BEFORE_COMPILING = 1;

/**
 * Documents whose compiled operations are kept, least recently used out. A compiled function
 * is far larger than its document, so Apollo's document store (bounded in document bytes) is no
 * bound for them; an application sends a few dozen distinct documents, not thousands.
 */
const COMPILED_DOCUMENTS = 500;

/**
 * The executor for `schema`. Documents are told apart by identity: Apollo's document store hands
 * back the same DocumentNode for the same query text.
 */
export function compilingExecutor(schema: GraphQLSchema): Executor {
  const interpretedRuns = new WeakMap<DocumentNode, number>();
  const compiledDocuments = new LRUCache<DocumentNode, Map<string, CompiledQuery>>({
    max: COMPILED_DOCUMENTS,
  });
  /** The compiled operation, once the document is worth compiling; until then, undefined. */
  const compiled = (
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | undefined => {
    let operations = compiledDocuments.get(document);
    if (!operations) {
      const runs = interpretedRuns.get(document) ?? 0;
      if (runs < RUNS_BEFORE_COMPILING) {
        interpretedRuns.set(document, runs + 1);
        return undefined;
      }
      compiledDocuments.set(document, (operations = new Map()));
    }
    const key = operationName ?? '';
    const known = operations.get(key);
    if (known) return known;
    // An operation name the document lacks does not compile, and is not kept (so names sent at
    // random do not grow the map): graphql-js refuses it each time.
    const query = compileQuery(schema, document, operationName);
    if (!isCompiledQuery(query)) return undefined;
    operations.set(key, query);
    return query;
  };
  // The operation the client named, not the one Apollo resolved (null when none matched), so an
  // unknown name is refused here as graphql-js refuses it, instead of running another operation.
  return async ({ document, request, context }) => {
    const { operationName } = request;
    const query = compiled(document, operationName);
    if (query) {
      const result = await query.query(undefined, context, request.variables);
      // Refused variables come back without `data`, and their errors without the variable's
      // definition, which Apollo needs to answer them as BAD_USER_INPUT with a 400: graphql-js
      // refuses them again, in the same words, before any resolver runs.
      if ('data' in result) return result;
    }
    return execute({
      schema,
      document,
      operationName,
      contextValue: context,
      variableValues: request.variables,
    });
  };
}

/** Apollo's gateway interface over one fixed schema, executed by `compilingExecutor`. */
export function compilingGateway(schema: GraphQLSchema): Gateway {
  let announce: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    async load() {
      // There is no federated supergraph: the schema is all there is.
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: compilingExecutor(schema) };
    },
    async stop() {},
  };
}
