import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { caught } from '../helpers/caught.ts';

/** The ConfigError loadConfig throws for `env`, or a failure when it throws none. */
const refusal = (env: Record<string, string>): ConfigError =>
  caught(ConfigError, () => loadConfig(env), `loadConfig accepted ${JSON.stringify(env)}`);

describe('loadConfig', () => {
  it('uses the documented defaults when the environment sets nothing', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      nodeEnv: 'development',
      logLevel: 'info',
      neo4jUri: null,
      neo4jUsername: 'neo4j',
      neo4jPassword: '',
      neo4jDatabase: 'neo4j',
      local: { boltPort: 7687, dataDir: '.neo4j/data', heap: '512m', pageCache: '256m' },
      queryTimeoutMs: 5_000,
      requestTimeoutMs: 15_000,
      headersTimeoutMs: 10_000,
      bodyLimitBytes: 100 * 1024,
      curation: { selfReview: false, documentMaxBytes: 4 * 1024 * 1024 },
      limits: {
        maxDepth: 10,
        maxAliases: 30,
        maxRootFields: 10,
        maxTokens: 5_000,
        maxDirectives: 20,
        maxCost: 50_000,
        maxSelections: 500,
      },
    });
  });

  it('treats empty and blank variables as unset', () => {
    const config = loadConfig({ PORT: '', NEO4J_URI: '   ', NEO4J_HEAP: ' ', LOG_LEVEL: '' });
    expect(config.port).toBe(4000);
    expect(config.neo4jUri).toBeNull();
    expect(config.local.heap).toBe('512m');
    expect(config.logLevel).toBe('info');
  });

  it('returns a frozen configuration, limits included', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.limits)).toBe(true);
  });

  it('reads every valid value it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'cixi',
      NEO4J_BOLT_PORT: '0',
      NEO4J_DATA_DIR: '/var/lib/cixi',
      NEO4J_HEAP: '2G',
      NEO4J_PAGECACHE: '64m',
      QUERY_TIMEOUT_MS: '100',
      REQUEST_TIMEOUT_MS: '600000',
      HEADERS_TIMEOUT_MS: '500',
      BODY_LIMIT_BYTES: '1024',
      MAX_QUERY_DEPTH: '1',
      MAX_ALIASES: '1000',
      MAX_ROOT_FIELDS: '3',
      MAX_TOKENS: '100',
      MAX_DIRECTIVES: '5',
      MAX_COST: '10',
      MAX_SELECTIONS: '100000',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      nodeEnv: 'production',
      logLevel: 'warn',
      neo4jUsername: 'reader',
      neo4jPassword: 'secret',
      neo4jDatabase: 'cixi',
      local: { boltPort: 0, dataDir: '/var/lib/cixi', heap: '2g', pageCache: '64m' },
      queryTimeoutMs: 100,
      requestTimeoutMs: 600_000,
      headersTimeoutMs: 500,
      bodyLimitBytes: 1024,
      limits: {
        maxDepth: 1,
        maxAliases: 1000,
        maxRootFields: 3,
        maxTokens: 100,
        maxDirectives: 5,
        maxCost: 10,
        maxSelections: 100_000,
      },
    });
  });

  it.each([
    'neo4j://localhost:7687',
    'neo4j+s://xxxx.databases.neo4j.io',
    'neo4j+ssc://10.0.0.5:7687',
    'bolt://127.0.0.1:7687',
    'bolt+s://db.example.org',
    'neo4j://db.example.org:7687?policy=eu',
  ])('accepts NEO4J_URI=%s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
  });

  const integers: [variable: string, value: string, range: string][] = [
    ['PORT', 'abc', 'from 0 to 65535'],
    ['PORT', '65536', 'from 0 to 65535'],
    ['PORT', '-1', 'from 0 to 65535'],
    ['PORT', '80.5', 'from 0 to 65535'],
    ['PORT', '1e3', 'from 0 to 65535'],
    ['NEO4J_BOLT_PORT', '70000', 'from 0 to 65535'],
    ['NEO4J_BOLT_PORT', 'seven', 'from 0 to 65535'],
    ['QUERY_TIMEOUT_MS', '99', 'from 100 to 600000'],
    ['REQUEST_TIMEOUT_MS', '999', 'from 1000 to 600000'],
    ['HEADERS_TIMEOUT_MS', '499', 'from 500 to 600000'],
    ['BODY_LIMIT_BYTES', '100kb', 'from 1024 to 10485760'],
    ['DOCUMENT_MAX_BYTES', '8mb', 'from 1024 to 52428800'],
    ['DOCUMENT_MAX_BYTES', '52428801', 'from 1024 to 52428800'],
    ['MAX_QUERY_DEPTH', '0', 'from 1 to 100'],
    ['MAX_QUERY_DEPTH', '101', 'from 1 to 100'],
    ['MAX_ALIASES', '0', 'from 1 to 1000'],
    ['MAX_ALIASES', 'many', 'from 1 to 1000'],
    ['MAX_ROOT_FIELDS', '1001', 'from 1 to 1000'],
    ['MAX_TOKENS', '99', 'from 100 to 1000000'],
    ['MAX_DIRECTIVES', '0', 'from 1 to 1000'],
    ['MAX_COST', '9', 'from 10 to 10000000'],
    ['MAX_COST', '10000001', 'from 10 to 10000000'],
    ['MAX_SELECTIONS', '9', 'from 10 to 100000'],
    ['MAX_SELECTIONS', '1_000', 'from 10 to 100000'],
  ];
  it.each(integers)('refuses %s="%s", expecting an integer %s', (variable, value, range) => {
    expect(refusal({ [variable]: value }).message).toBe(
      `${variable}="${value}" is invalid: expected an integer ${range}.`,
    );
  });

  const choices: [variable: string, value: string, expected: string][] = [
    ['NODE_ENV', 'prod', 'development, production, test'],
    ['NODE_ENV', 'Production', 'development, production, test'],
    ['LOG_LEVEL', 'verbose', 'debug, info, warn, error, silent'],
    ['LOG_LEVEL', 'INFO', 'debug, info, warn, error, silent'],
  ];
  it.each(choices)('refuses %s="%s", expecting one of %s', (variable, value, expected) => {
    expect(refusal({ [variable]: value }).message).toBe(
      `${variable}="${value}" is invalid: expected one of ${expected}.`,
    );
  });

  const sizes: [variable: string, value: string][] = [
    ['NEO4J_HEAP', '512'],
    ['NEO4J_HEAP', '512mb'],
    ['NEO4J_HEAP', '1.5g'],
    ['NEO4J_HEAP', '0m'],
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_PAGECACHE', '256k'],
  ];
  it.each(sizes)('refuses %s="%s", expecting a size such as 512m', (variable, value) => {
    expect(refusal({ [variable]: value }).message).toBe(
      `${variable}="${value}" is invalid: expected a size such as 512m or 1g.`,
    );
  });

  it.each([
    'localhost:7687',
    'http://localhost:7474',
    'neo4j:/localhost',
    'neo4j://',
    'NEO4J://localhost',
    'bolt+x://localhost',
    'neo4j://local host:7687',
  ])('refuses NEO4J_URI=%s, naming the schemes it expects', (uri) => {
    const message = refusal({ NEO4J_URI: uri }).message;
    expect(message).toContain(`NEO4J_URI="${uri}" is invalid`);
    expect(message).toContain(
      'expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host',
    );
  });

  it('checks NEO4J_URI before the other variables', () => {
    expect(refusal({ NEO4J_URI: 'localhost', PORT: 'x' }).message).toMatch(/^NEO4J_URI=/);
  });

  describe('tokens from an OpenID Connect provider', () => {
    const OIDC = {
      AUTH_JWKS_URL: 'https://id.example.org/certs',
      AUTH_JWT_ISSUER: 'https://id.example.org',
      AUTH_JWT_AUDIENCE: 'cixi-graph',
    };

    it('takes no tokens unless AUTH_JWKS_URL is set, and limits writes to 60 a minute', () => {
      expect(loadConfig({}).auth).toMatchObject({
        jwt: null,
        maxWrites: 60,
        writeWindowMs: 60_000,
      });
    });

    it('reads the provider, the role claim (default role) and the role map', () => {
      expect(loadConfig(OIDC).auth.jwt).toEqual({
        jwksUrl: 'https://id.example.org/certs',
        issuer: 'https://id.example.org',
        audience: 'cixi-graph',
        roleClaim: 'role',
        roles: null,
      });
      const mapped = loadConfig({
        ...OIDC,
        AUTH_JWT_ROLE_CLAIM: 'realm_access.roles',
        AUTH_JWT_ROLES: 'graph-editors=curator, graph-leads=reviewer',
      }).auth.jwt;
      expect(mapped?.roleClaim).toBe('realm_access.roles');
      expect([...(mapped?.roles ?? [])]).toEqual([
        ['graph-editors', 'curator'],
        ['graph-leads', 'reviewer'],
      ]);
    });

    it.each(['AUTH_JWT_ISSUER', 'AUTH_JWT_AUDIENCE'])(
      'refuses AUTH_JWKS_URL without %s',
      (name) => {
        expect(refusal({ ...OIDC, [name]: '' }).message).toBe(
          `${name} must be set when AUTH_JWKS_URL is: tokens are checked against it.`,
        );
      },
    );

    it('refuses a role map naming a role the server has not, and a key set that is no URL', () => {
      expect(refusal({ ...OIDC, AUTH_JWT_ROLES: 'editors=owner' }).message).toMatch(
        /^AUTH_JWT_ROLES="editors=owner" is invalid: expected value=role pairs .* one of reader, curator, reviewer, admin\.$/,
      );
      expect(refusal({ ...OIDC, AUTH_JWKS_URL: 'id.example.org/certs' }).message).toMatch(
        /^AUTH_JWKS_URL="id.example.org\/certs" is invalid/,
      );
    });
  });
});
