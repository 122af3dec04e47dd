// npm run keys -- create --role ROLE --name NAME | list | revoke NAME: API keys, in the database
// `npm start` uses (the running local Neo4j when there is one, else it is started here). A new
// key is printed once, as the last line, and only its hash is stored.
import { userInfo } from 'node:os';
import { hashOf, KEY_NAME_PATTERN, newKey } from '../src/access/apiKeys.ts';
import { loadConfig } from '../src/config.ts';
import { createKey, listKeys, revokeKey, ROLES, type Role } from '../src/data/keys.ts';
import { createCommandLineLogger } from '../src/log.ts';
import { DatabaseStartError, openDatabase } from '../src/neo4j/connect.ts';
import { LocalNeo4jError } from '../src/neo4j/localServer.ts';
import { parseCommandLine, runScript, UsageError } from './shared/cli.ts';

const USAGE = `usage: npm run keys -- create --role ${ROLES.join('|')} --name NAME
       npm run keys -- list
       npm run keys -- revoke NAME`;

type Command =
  | { kind: 'create'; role: Role; name: string }
  | { kind: 'list' }
  | { kind: 'revoke'; name: string };

function parse(): Command {
  const { values, positionals } = parseCommandLine({
    options: { role: { type: 'string' }, name: { type: 'string' } },
    allowPositionals: true,
  });
  const [kind, ...rest] = positionals;
  const { role, name } = values;
  if (kind === 'list' && rest.length === 0 && !role && !name) return { kind };
  if (kind === 'revoke' && rest.length === 1 && !role && !name)
    return { kind, name: rest[0] as string };
  if (kind !== 'create' || rest.length > 0 || !role || !name) throw new UsageError(USAGE);
  if (!(ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}; got "${role}".`);
  if (!KEY_NAME_PATTERN.test(name))
    throw new UsageError(
      `--name must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit; got "${name}".`,
    );
  return { kind, role: role as Role, name };
}

async function main(): Promise<void> {
  const command = parse();
  const config = loadConfig();
  const log = createCommandLineLogger(config.logLevel);
  const database = await openDatabase(config, log, { joinRunning: true });
  const actor = `cli:${userInfo().username}`;
  try {
    if (command.kind === 'list') {
      const keys = await listKeys(database.graph);
      if (keys.length === 0) log.say('No API keys yet: npm run keys -- create --role … --name …');
      for (const k of keys)
        process.stdout.write(
          `${k.name}\t${k.role}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}\n`,
        );
    } else if (command.kind === 'revoke') {
      const key = await revokeKey(database.graph, command.name, actor);
      if (!key) throw new UsageError(`No key is named "${command.name}"; npm run keys -- list.`);
      log.say(`Revoked the key "${key.name}" (${key.role}); it is refused from now on.`);
    } else {
      const secret = newKey();
      const key = await createKey(
        database.graph,
        { name: command.name, role: command.role, hash: hashOf(secret) },
        actor,
      );
      if (!key)
        throw new UsageError(
          `A key named "${command.name}" exists already (names are never reused); choose another name.`,
        );
      log.say(
        `Created the ${key.role} key "${key.name}". It is shown only this once; send it as "Authorization: Bearer <key>":`,
      );
      process.stdout.write(`${secret}\n`);
    }
  } finally {
    await database.close();
  }
}

runScript(main, (error) =>
  error instanceof DatabaseStartError || error instanceof LocalNeo4jError
    ? error.message
    : (error.stack ?? error.message),
);
