// The only reader of the environment: every setting is parsed and checked once, at start-up.

export class ConfigError extends Error {}

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** Limits, plus the ones checked on the document before validation (which costs CPU). */
export interface OperationLimits extends Limits {
  /** Fields, fragment spreads and inline fragments, fragments expanded. */
  maxSelections: number;
}

export interface Config {
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Set when the user brings their own Neo4j; otherwise the local one is started. */
  neo4jUri: string | null;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  local: { boltPort: number; dataDir: string; heap: string; pageCache: string };
  queryTimeoutMs: number;
  requestTimeoutMs: number;
  /** Time a client has to send the request line and headers (slow clients are cut off). */
  headersTimeoutMs: number;
  bodyLimitBytes: number;
  /** Most entities one /export/ download may hold; larger results are refused (413). */
  exportMaxNodes: number;
  limits: OperationLimits;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new ConfigError(
        `${name}="${raw}" is invalid: expected an integer from ${min} to ${max}.`,
      );
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new ConfigError(`${name}="${raw}" is invalid: expected one of ${allowed.join(', ')}.`);
    }
    return raw as T;
  };
  const size = (name: string, fallback: string): string => {
    const raw = read(name) ?? fallback;
    if (!/^[1-9]\d*[mg]$/i.test(raw)) {
      throw new ConfigError(`${name}="${raw}" is invalid: expected a size such as 512m or 1g.`);
    }
    return raw.toLowerCase();
  };

  const neo4jUri = read('NEO4J_URI') ?? null;
  if (neo4jUri !== null && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+\S*$/.test(neo4jUri)) {
    throw new ConfigError(
      `NEO4J_URI="${neo4jUri}" is invalid: expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host, e.g. neo4j+s://xxxx.databases.neo4j.io.`,
    );
  }
  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');

  return Object.freeze({
    port: int('PORT', 4000, 0, 65535),
    host: read('HOST') ?? '127.0.0.1',
    nodeEnv,
    logLevel: oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    neo4jUri,
    neo4jUsername: read('NEO4J_USERNAME') ?? 'neo4j',
    neo4jPassword: read('NEO4J_PASSWORD') ?? '',
    neo4jDatabase: read('NEO4J_DATABASE') ?? 'neo4j',
    local: {
      boltPort: int('NEO4J_BOLT_PORT', 7687, 0, 65535),
      dataDir: read('NEO4J_DATA_DIR') ?? '.neo4j/data',
      heap: size('NEO4J_HEAP', '512m'),
      pageCache: size('NEO4J_PAGECACHE', '256m'),
    },
    queryTimeoutMs: int('QUERY_TIMEOUT_MS', 5_000, 100, 600_000),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 15_000, 1_000, 600_000),
    headersTimeoutMs: int('HEADERS_TIMEOUT_MS', 10_000, 500, 600_000),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 100 * 1024, 1_024, 10 * 1024 * 1024),
    exportMaxNodes: int('EXPORT_MAX_NODES', 20_000, 1, 1_000_000),
    limits: Object.freeze({
      maxDepth: int('MAX_QUERY_DEPTH', 10, 1, 100),
      maxAliases: int('MAX_ALIASES', 30, 1, 1_000),
      maxRootFields: int('MAX_ROOT_FIELDS', 10, 1, 1_000),
      maxTokens: int('MAX_TOKENS', 5_000, 100, 1_000_000),
      maxDirectives: int('MAX_DIRECTIVES', 20, 1, 1_000),
      maxCost: int('MAX_COST', 50_000, 10, 10_000_000),
      maxSelections: int('MAX_SELECTIONS', 500, 10, 100_000),
    }),
  });
}
