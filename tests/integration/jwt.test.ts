// Signed tokens from an OpenID Connect provider, against a real Neo4j of this file's own (the
// change it proposes must not reach the shared graph): a provider made here (a key pair made in
// the test, its public half served as a JSON Web Key Set by a local HTTP server), tokens signed
// here, and the API with AUTH_JWKS_URL pointing at it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

const ISSUER = 'https://id.example.test/realms/cixi';
const AUDIENCE = 'cixi-graph';
const KID = 'test-key-1';

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const codeOf = (a: Answer): string | undefined => a.body.errors?.[0]?.extensions?.code;
const messageOf = (a: Answer): string | undefined => a.body.errors?.[0]?.message;

const PROPOSE = `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id status author } }`;
const ME = '{ me { name role } }';
const proposal = (id: string) => ({
  input: {
    reason: 'seen in ¶26',
    operations: [
      {
        entity: {
          id,
          kind: 'ENTERPRISE',
          name: `令牌测试${id.slice(-4)}有限公司`,
          sources: [{ source: 'source:talent-city-2025', paragraph: 26 }],
        },
      },
    ],
  },
});

let neo4j: { uri: string; stop(): Promise<void> } | undefined;
let provider: Server;
let withTokens: TestApi;
let mappedRoles: TestApi;
let keysOnly: TestApi;
let signingKey: CryptoKey;
let otherKey: CryptoKey;

/** A token as the provider would sign it; `claims` and `options` change what the test needs. */
async function token(
  claims: JWTPayload = { role: 'curator' },
  options: {
    key?: CryptoKey;
    issuer?: string;
    audience?: string;
    expiresIn?: string | number;
  } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: KID })
    .setSubject('wang.fang')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(options.key ?? signingKey);
}

const failures = async (): Promise<number> => {
  const [row] = await withTokens.graph.read<{ count: number | null }>(
    'OPTIONAL MATCH (f:AuthFailures {client: $client}) RETURN f.count AS count',
    { client: '127.0.0.1' },
  );
  return Number(row?.count ?? 0);
};

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('ES256')).privateKey;
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'ES256', use: 'sig' }],
  });
  provider = createServer((req, res) => {
    if (req.url !== '/certs') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((done) => provider.listen(0, '127.0.0.1', done));
  const jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/certs`;
  neo4j = await curatedNeo4jOfItsOwn('jwt-neo4j');
  const oidc = {
    AUTH_JWKS_URL: jwksUrl,
    AUTH_JWT_ISSUER: ISSUER,
    AUTH_JWT_AUDIENCE: AUDIENCE,
    // This file counts failures itself; the limit on them is access.test.ts's.
    AUTH_MAX_FAILURES: '1000',
  };
  withTokens = await startTestApi(oidc, neo4j.uri);
  mappedRoles = await startTestApi(
    {
      ...oidc,
      AUTH_JWT_ROLE_CLAIM: 'realm_access.roles',
      AUTH_JWT_ROLES: 'graph-editors=curator,graph-leads=reviewer',
    },
    neo4j.uri,
  );
  keysOnly = await startTestApi({ AUTH_MAX_FAILURES: '1000' }, neo4j.uri);
}, 240_000);

afterAll(async () => {
  for (const api of [withTokens, mappedRoles, keysOnly]) await api?.close();
  await new Promise((done) => provider?.close(done));
  await neo4j?.stop();
});

describe('tokens from the provider (AUTH_JWKS_URL)', () => {
  it('takes a valid curator token: its proposal is authored by jwt:<sub>', async () => {
    const curator = await token();
    const me = await ask(withTokens.url, ME, {}, curator);
    expect(me.body.data).toEqual({ me: { name: 'jwt:wang.fang', role: 'curator' } });
    const a = await ask(withTokens.url, PROPOSE, proposal('enterprise:jwt-one'), curator);
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data?.proposeChange).toMatchObject({
      status: 'PROPOSED',
      author: 'jwt:wang.fang',
    });
  });

  it('answers FORBIDDEN to a reader token proposing, naming the role needed', async () => {
    const a = await ask(
      withTokens.url,
      PROPOSE,
      proposal('enterprise:jwt-two'),
      await token({ role: 'reader' }),
    );
    expect(codeOf(a)).toBe('FORBIDDEN');
    expect(messageOf(a)).toContain('the role curator or reviewer or admin');
  });

  it.each([
    [
      'expired',
      () => token({ role: 'curator' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      'The token has expired',
    ],
    [
      'for another audience',
      () => token({ role: 'curator' }, { audience: 'another-app' }),
      'its claim aud',
    ],
    [
      'from another issuer',
      () => token({ role: 'curator' }, { issuer: 'https://evil.test' }),
      'its claim iss',
    ],
    ['signed by another key', () => token({ role: 'curator' }, { key: otherKey }), 'its signature'],
    ['without the role claim', () => token({}), "The token's claim role names no role"],
    [
      'with a role this server has not',
      () => token({ role: 'owner' }),
      "The token's claim role names no role",
    ],
  ])(
    'refuses a token %s with 401 UNAUTHENTICATED, counted as a failed sign-in',
    async (_case, make, message) => {
      const bad = await make();
      const before = await failures();
      const a = await ask(withTokens.url, PROPOSE, proposal('enterprise:jwt-bad'), bad);
      expect([a.status, codeOf(a)]).toEqual([401, 'UNAUTHENTICATED']);
      expect(messageOf(a)).toContain(message);
      expect(await failures()).toBe(before + 1);
    },
  );

  it('maps the values of a nested claim to roles (AUTH_JWT_ROLES), taking the highest', async () => {
    const both = await token({
      realm_access: { roles: ['offline_access', 'graph-editors', 'graph-leads'] },
    });
    expect((await ask(mappedRoles.url, ME, {}, both)).body.data).toEqual({
      me: { name: 'jwt:wang.fang', role: 'reviewer' },
    });
    // A role name that AUTH_JWT_ROLES does not list is no role there.
    const unmapped = await ask(
      mappedRoles.url,
      ME,
      {},
      await token({ realm_access: { roles: ['curator'] } }),
    );
    expect(codeOf(unmapped)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token where AUTH_JWKS_URL is unset, saying the server takes keys', async () => {
    const a = await ask(keysOnly.url, ME, {}, await token());
    expect([a.status, codeOf(a)]).toEqual([401, 'UNAUTHENTICATED']);
    expect(messageOf(a)).toContain('takes API keys, not tokens');
  });

  it('never writes a token to the log', async () => {
    const sent = await token({ role: 'curator' }, { audience: 'another-app' });
    await ask(withTokens.url, ME, {}, sent);
    const logged = JSON.stringify([...withTokens.log.events, ...keysOnly.log.events]);
    expect(withTokens.log.events.length).toBeGreaterThan(5);
    expect(logged).not.toContain(sent.split('.')[2]);
    expect(logged).not.toContain(sent.split('.')[1]);
  });
});
