// Runs before `npm start` and `npm test`: installs the npm packages when they are missing or
// older than package-lock.json, so both commands work from a fresh clone. (Neo4j's jars are
// resolved by the launcher on first use.)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale =
  !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  console.log('Installing npm packages (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'npm ci failed; check the network access to the npm registry and run npm ci again.',
    );
    process.exit(result.status ?? 1);
  }
}
