// Runs before `npm start` and `npm test` (after install.mjs): builds the dashboard into
// web/dist when it is missing or older than anything it is built from, so both commands serve
// what web/src says without a manual step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The web sources, the example operations the playground bundles, and the dependencies.
const INPUTS = ['web/src', 'web/public', 'web/index.html', 'web/playground.html'];
const MORE_INPUTS = ['web/vite.config.ts', 'web/tsconfig.json', 'examples', 'package-lock.json'];
const BUILT = 'web/dist/index.html';

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
const sources = Math.max(...[...INPUTS, ...MORE_INPUTS].map(newest));
if (built < sources) {
  console.log(
    built ? 'The dashboard is older than its sources: rebuilding it…' : 'Building the dashboard…',
  );
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Building the dashboard failed (npm run build:web); see the errors above.');
    process.exit(result.status ?? 1);
  }
}
