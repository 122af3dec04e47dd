// API keys and roles against a real Neo4j of this file's own (the keys it writes must not move
// the shared one under the files that compare it): anonymous reads stay open unless READ_REQUIRES_KEY,
// a key's role decides what it may ask, a bad or revoked key is refused with UNAUTHENTICATED in
// every API process over the same database, failed sign-ins are limited per client, and no key
// ever reaches the log.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, revokeKey, type Role } from '../../src/data/keys.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { ROOT } from '../helpers/files.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function ask(url: string, query: string, authorization?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

const codeOf = (a: Answer): string | undefined => a.body.errors?.[0]?.extensions?.code;
const run = randomUUID().slice(0, 8);
const apis: TestApi[] = [];
const keys: Record<string, string> = {};

/** A live key of `role`, made the way `npm run keys -- create` makes one. */
async function keyFor(api: TestApi, role: Role, label: string): Promise<string> {
  const secret = newKey();
  const name = `${label}-${run}`;
  expect(await createKey(api.graph, { name, role, hash: hashOf(secret) }, 'test')).toMatchObject({
    name,
    role,
    revokedAt: null,
  });
  return secret;
}

let api: TestApi;
let neo4j: { uri: string; stop(): Promise<void> } | undefined;
beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('access-neo4j');
  api = await startTestApi({}, neo4j.uri);
  apis.push(api);
  for (const role of ['reader', 'curator', 'reviewer', 'admin'] as const)
    keys[role] = await keyFor(api, role, role);
}, 240_000);
afterAll(async () => {
  for (const a of apis) await a.close();
  await neo4j?.stop();
});

describe('reads and roles', () => {
  it('answers an anonymous read, with me null', async () => {
    const a = await ask(api.url, '{ me { name } stats { sources } }');
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({ me: null, stats: { sources: 2 } });
  });

  it('names the key a request was sent with', async () => {
    const a = await ask(api.url, '{ me { name role } }', `Bearer ${keys.curator}`);
    expect(a.body.data).toEqual({ me: { name: `curator-${run}`, role: 'curator' } });
  });

  it.each(['reader', 'curator', 'reviewer'] as const)(
    'refuses the key list to a %s key with FORBIDDEN, naming the role it needs',
    async (role) => {
      const a = await ask(api.url, '{ apiKeys { name } }', `Bearer ${keys[role]}`);
      expect(codeOf(a)).toBe('FORBIDDEN');
      expect(a.body.errors?.[0]?.message).toBe(
        `This needs the role admin; your key has the role ${role}. Ask an admin for a key with that role.`,
      );
    },
  );

  it('refuses the key list to an anonymous request with UNAUTHENTICATED', async () => {
    const a = await ask(api.url, '{ apiKeys { name } }');
    expect(codeOf(a)).toBe('UNAUTHENTICATED');
    expect(a.body.errors?.[0]?.message).toContain('role admin or above');
  });

  it('lists the keys to an admin, with names and roles and never a secret', async () => {
    const a = await ask(api.url, '{ apiKeys { name role revokedAt } }', `Bearer ${keys.admin}`);
    const mine = (a.body.data?.apiKeys as { name: string }[]).filter((k) => k.name.endsWith(run));
    expect(mine).toEqual(
      ['admin', 'curator', 'reader', 'reviewer'].map((role) => ({
        name: `${role}-${run}`,
        role,
        revokedAt: null,
      })),
    );
    expect(JSON.stringify(a.body)).not.toContain(keys.admin);
  });
});

describe('bad credentials', () => {
  it('refuses an unknown key with 401 UNAUTHENTICATED and a Bearer challenge', async () => {
    const a = await ask(api.url, '{ stats { sources } }', `Bearer ${newKey()}`);
    expect(a.status).toBe(401);
    expect(a.headers.get('www-authenticate')).toBe('Bearer');
    expect(codeOf(a)).toBe('UNAUTHENTICATED');
    expect(a.body.errors?.[0]?.message).toContain('unknown or revoked');
  });

  it.each([['Basic dXNlcjpwdw=='], ['Bearer'], ['Bearer not-a-key'], ['cixi_abc']])(
    'refuses the header %j with 401, saying what the header must hold',
    async (header) => {
      const a = await ask(api.url, '{ stats { sources } }', header);
      expect(a.status).toBe(401);
      expect(a.body.errors?.[0]?.message).toContain('must be "Bearer <key>"');
    },
  );

  it('refuses a revoked key in two API processes over the same Neo4j within a second', async () => {
    const other = await startTestApi({}, neo4j?.uri);
    apis.push(other);
    const secret = await keyFor(api, 'reader', 'revoked');
    for (const a of [api, other])
      expect((await ask(a.url, '{ me { role } }', `Bearer ${secret}`)).body.data).toEqual({
        me: { role: 'reader' },
      });
    expect(await revokeKey(api.graph, `revoked-${run}`, 'test')).toMatchObject({
      name: `revoked-${run}`,
    });
    await new Promise((done) => setTimeout(done, 1_050));
    for (const a of [api, other]) {
      const answer = await ask(a.url, '{ me { role } }', `Bearer ${secret}`);
      expect([answer.status, codeOf(answer)]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('never writes a key, right or wrong, to the log', async () => {
    const wrong = newKey();
    await ask(api.url, '{ stats { sources } }', `Bearer ${wrong}`);
    await ask(api.url, '{ stats { sources } }', `Bearer ${keys.reader}`);
    const log = JSON.stringify(api.log.events);
    expect(log).toContain('UNAUTHENTICATED');
    for (const secret of [wrong, keys.reader, keys.admin]) expect(log).not.toContain(secret);
  });
});

describe('a server that asks for a key to read (READ_REQUIRES_KEY=true)', () => {
  let closed: TestApi;
  beforeAll(async () => {
    closed = await startTestApi({ READ_REQUIRES_KEY: 'true' }, neo4j?.uri);
    apis.push(closed);
  });

  it('refuses an anonymous query and an anonymous export with 401', async () => {
    const a = await ask(closed.url, '{ stats { sources } }');
    expect([a.status, codeOf(a)]).toEqual([401, 'UNAUTHENTICATED']);
    expect(a.body.errors?.[0]?.message).toContain('READ_REQUIRES_KEY');
    const file = await fetch(`${closed.origin}/export/graph.json`);
    expect(file.status).toBe(401);
    expect(((await file.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('answers a reader key', async () => {
    const a = await ask(closed.url, '{ stats { sources } }', `Bearer ${keys.reader}`);
    expect(a.body.data).toEqual({ stats: { sources: 2 } });
  });
});

describe('failed sign-ins (AUTH_MAX_FAILURES=3)', () => {
  it('answers TOO_MANY_REQUESTS after three, even to a right key, in another API process too', async () => {
    const strict = { AUTH_MAX_FAILURES: '3', AUTH_FAILURE_WINDOW_MS: '60000' };
    const first = await startTestApi(strict, neo4j?.uri);
    const second = await startTestApi(strict, neo4j?.uri);
    apis.push(first, second);
    // Both run in this process, so both see the same client address: one client, two replicas.
    await first.graph.writeTransaction((tx) =>
      tx('MATCH (f:AuthFailures {client: $client}) DELETE f', { client: '127.0.0.1' }),
    );
    for (let i = 0; i < 3; i++)
      expect(codeOf(await ask(first.url, '{ me { name } }', `Bearer ${newKey()}`))).toBe(
        'UNAUTHENTICATED',
      );
    const blocked = await ask(second.url, '{ me { name } }', `Bearer ${keys.admin}`);
    expect([blocked.status, codeOf(blocked)]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expect(blocked.body.errors?.[0]?.message).toBe(
      'Too many failed sign-ins from this client; wait 60 s before trying again.',
    );
    // Anonymous reads are not sign-ins and still answer.
    expect((await ask(second.url, '{ stats { sources } }')).body.data).toEqual({
      stats: { sources: 2 },
    });
    await first.graph.writeTransaction((tx) =>
      tx('MATCH (f:AuthFailures {client: $client}) DELETE f', { client: '127.0.0.1' }),
    );
  });
});

describe('npm run keys', () => {
  const cli = (
    args: string[],
    env: Record<string, string>,
  ): Promise<{ code: number | null; out: string; err: string }> =>
    new Promise((done) => {
      const base = { ...process.env };
      for (const name of Object.keys(base)) if (name.startsWith('NEO4J_')) delete base[name];
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/keys.ts', ...args], {
        cwd: ROOT,
        env: { ...base, NODE_ENV: 'test', ...env },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('close', (code) => done({ code, out, err }));
    });

  it('creates a key, prints it once as the last line, lists it and revokes it', async () => {
    const env = { NEO4J_URI: neo4j?.uri ?? '' };
    const name = `cli-${run}`;
    const created = await cli(['create', '--role', 'curator', '--name', name], env);
    expect(created.code).toBe(0);
    const secret = created.out.trimEnd().split('\n').at(-1) ?? '';
    expect(secret).toMatch(/^cixi_[A-Za-z0-9_-]{43}$/);
    expect((await ask(api.url, '{ me { name role } }', `Bearer ${secret}`)).body.data).toEqual({
      me: { name, role: 'curator' },
    });
    const listed = await cli(['list'], env);
    expect(listed.out).toMatch(new RegExp(`^${name}\\tcurator\\tcreated \\d{4}-`, 'm'));
    expect(listed.out).not.toContain(secret);
    expect((await cli(['revoke', name], env)).out).toContain(`Revoked the key "${name}"`);
    const again = await cli(['create', '--role', 'reader', '--name', name], env);
    expect([again.code, again.err.trim()]).toEqual([
      2,
      `A key named "${name}" exists already (names are never reused); choose another name.`,
    ]);
    const [audit] = await api.graph.read<{ actions: string[] }>(
      'MATCH (e:AuditEvent {target: $name}) WITH e ORDER BY e.at RETURN collect(e.action) AS actions',
      { name },
    );
    expect(audit?.actions).toEqual(['key.create', 'key.revoke']);
  }, 120_000);

  it('uses the local Neo4j that is already running on its bolt port', async () => {
    const port = new URL((neo4j?.uri ?? '').replace(/^bolt/, 'http')).port;
    const listed = await cli(['list'], { NEO4J_BOLT_PORT: port });
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`Using the local Neo4j already running on port ${port}.`);
    expect(listed.out).toContain(`admin-${run}\tadmin`);
  }, 60_000);

  it.each([
    [
      ['create', '--role', 'boss', '--name', 'x'],
      '--role must be one of reader, curator, reviewer, admin; got "boss".',
    ],
    [['create', '--role', 'admin', '--name', 'has space'], '--name must be 1 to 64 letters'],
    [['rotate'], 'usage: npm run keys -- create --role reader|curator|reviewer|admin --name NAME'],
  ])('refuses %j before touching the database', async (args, message) => {
    const refused = await cli(args, { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(message);
  });
});

describe('the time a key costs', () => {
  // The key is hashed whole and the hash looked up in an index: no text of it is compared, so
  // how near a guess comes to a live key cannot show in the time its answer takes.
  it('is the same for a right key, a wrong one a character off a live key, and an unrelated one', async () => {
    // Another process that allows many failures, so every wrong key is looked up, not limited.
    const lenient = await startTestApi({ AUTH_MAX_FAILURES: '10000' }, neo4j?.uri);
    apis.push(lenient);
    const rounds = 15;
    const right: string[] = [];
    for (let i = 0; i < rounds; i++) right.push(await keyFor(lenient, 'reader', `timing-${i}`));
    const near = right.map((k) => k.slice(0, -1) + (k.endsWith('A') ? 'B' : 'A'));
    const far = right.map(() => newKey());
    const took: Record<'right' | 'near' | 'far', number[]> = { right: [], near: [], far: [] };
    // Interleaved, so a busy moment of the machine falls on all three alike.
    for (let i = 0; i < rounds; i++)
      for (const [kind, key, status] of [
        ['right', right[i], 200],
        ['near', near[i], 401],
        ['far', far[i], 401],
      ] as const) {
        const start = performance.now();
        const a = await ask(lenient.url, '{ me { role } }', `Bearer ${key}`);
        took[kind].push(performance.now() - start);
        expect(a.status).toBe(status);
      }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const [r, n, f] = [median(took.right), median(took.near), median(took.far)];
    // A text comparison, or work done only for a key that exists, would part them by far more.
    expect(Math.abs(n - f)).toBeLessThan(Math.max(n, f) * 0.5 + 5);
    expect(Math.abs(r - f)).toBeLessThan(Math.max(r, f) * 0.5 + 5);
  });
});
