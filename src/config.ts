// The only reader of the environment: every setting is parsed and checked once, at start-up
// (the API's, the scripts' and the tests').
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_REPORT_BYTES } from './ingest/limits.ts';
import { jwtConfig, type JwtConfig } from './tokenConfig.ts';

export class ConfigError extends Error {}

/** What one GraphQL operation may ask for (README, "Limits and errors"). */
export interface Limits {
  maxTokens: number;
  /** Fields, fragment spreads and inline fragments, fragments expanded. */
  maxSelections: number;
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxCost: number;
}

/** A Neo4j the synthetic benchmark graph lives in: never the curated one. */
export interface SyntheticConfig {
  /** Set to use an external server (holding nothing but synthetic data); otherwise a local one. */
  neo4jUri: string | null;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  boltPort: number;
  dataDir: string;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Where the source reports are looked for when CIXI_SOURCES_DIR is not set, in this order: the
 * repository's own `sources/` (git-ignored: the repository never carries their text), then
 * `../shared/sources` beside the repository.
 */
export const DEFAULT_SOURCES_DIRS = ['sources', '../shared/sources'].map((d) => resolve(ROOT, d));

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
  /** Exports prepared at once; more are answered 503 with Retry-After. */
  maxConcurrentExports: number;
  /** Largest GraphQL answer; a larger one is replaced by a QUERY_TOO_COMPLEX error. */
  maxResponseBytes: number;
  limits: Limits;
  /**
   * GET /schema.graphql serves the SDL: always in development, in production only with
   * PUBLISH_SCHEMA=true (production keeps introspection off either way).
   */
  publishSchema: boolean;
  /** The folder holding the source reports (the documents folder), or null when none is found. */
  sourcesDir: string | null;
  /** CIXI_REQUIRE_SOURCES=true: a missing sources folder fails the checks that need it (CI). */
  requireSources: boolean;
  /** Access: anonymous reads unless READ_REQUIRES_KEY=true; failed sign-ins limited per client. */
  auth: AuthConfig;
  /**
   * CURATION_SELF_REVIEW=true: a reviewer may accept their own change (one-person deployments).
   * DOCUMENT_MAX_BYTES: the largest report addDocument takes (its bytes, before base64); requests
   * from a curator's key may have a body that large, the others keep BODY_LIMIT_BYTES.
   */
  curation: { selfReview: boolean; documentMaxBytes: number };
  synthetic: SyntheticConfig;
}

export interface AuthConfig {
  readRequiresKey: boolean;
  /** Failed sign-ins a client may make per window before it is answered TOO_MANY_REQUESTS. */
  maxFailures: number;
  failureWindowMs: number;
  /** Signed tokens from an OpenID Connect provider, when AUTH_JWKS_URL is set; else null. */
  jwt: JwtConfig | null;
  /** Writes (mutations) one principal may send per window, over every API process. */
  maxWrites: number;
  writeWindowMs: number;
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

  const bool = (name: string): boolean =>
    oneOf(name, ['true', 'false'] as const, 'false') === 'true';
  const uri = (name: string): string | null => {
    const value = read(name) ?? null;
    if (value !== null && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+\S*$/.test(value)) {
      throw new ConfigError(
        `${name}="${value}" is invalid: expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host, e.g. neo4j+s://xxxx.databases.neo4j.io.`,
      );
    }
    return value;
  };
  const sourcesDir = (): string | null => {
    const given = read('CIXI_SOURCES_DIR');
    if (given === undefined) return DEFAULT_SOURCES_DIRS.find(isDirectory) ?? null;
    const dir = isAbsolute(given) ? given : resolve(given);
    if (!isDirectory(dir))
      throw new ConfigError(
        `CIXI_SOURCES_DIR="${given}" is invalid: expected a folder holding the source reports.`,
      );
    return dir;
  };

  const neo4jUri = uri('NEO4J_URI');
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
    maxConcurrentExports: int('MAX_CONCURRENT_EXPORTS', 4, 1, 64),
    maxResponseBytes: int('MAX_RESPONSE_BYTES', 4 * 1024 * 1024, 64 * 1024, 256 * 1024 * 1024),
    limits: Object.freeze({
      maxDepth: int('MAX_QUERY_DEPTH', 10, 1, 100),
      maxAliases: int('MAX_ALIASES', 30, 1, 1_000),
      maxRootFields: int('MAX_ROOT_FIELDS', 10, 1, 1_000),
      maxTokens: int('MAX_TOKENS', 5_000, 100, 1_000_000),
      maxDirectives: int('MAX_DIRECTIVES', 20, 1, 1_000),
      maxCost: int('MAX_COST', 50_000, 10, 10_000_000),
      maxSelections: int('MAX_SELECTIONS', 500, 10, 100_000),
    }),
    publishSchema: bool('PUBLISH_SCHEMA') || nodeEnv !== 'production',
    sourcesDir: sourcesDir(),
    requireSources: bool('CIXI_REQUIRE_SOURCES'),
    auth: Object.freeze({
      readRequiresKey: bool('READ_REQUIRES_KEY'),
      maxFailures: int('AUTH_MAX_FAILURES', 10, 1, 10_000),
      failureWindowMs: int('AUTH_FAILURE_WINDOW_MS', 60_000, 1_000, 86_400_000),
      jwt: jwtConfig(read, (message) => {
        throw new ConfigError(message);
      }),
      maxWrites: int('WRITE_RATE_LIMIT', 60, 1, 1_000_000),
      writeWindowMs: int('WRITE_RATE_WINDOW_MS', 60_000, 1_000, 86_400_000),
    }),
    curation: Object.freeze({
      selfReview: bool('CURATION_SELF_REVIEW'),
      documentMaxBytes: int('DOCUMENT_MAX_BYTES', 4 * 1024 * 1024, 1_024, MAX_REPORT_BYTES),
    }),
    synthetic: Object.freeze({
      neo4jUri: uri('SYNTHETIC_NEO4J_URI'),
      neo4jUsername: read('SYNTHETIC_NEO4J_USERNAME') ?? 'neo4j',
      neo4jPassword: read('SYNTHETIC_NEO4J_PASSWORD') ?? '',
      neo4jDatabase: read('SYNTHETIC_NEO4J_DATABASE') ?? 'neo4j',
      boltPort: int('SYNTHETIC_BOLT_PORT', 7688, 0, 65535),
      dataDir: resolve(ROOT, read('SYNTHETIC_DATA_DIR') ?? '.neo4j/synthetic'),
    }),
  });
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
