// A progress bar on stderr for the backup and the restore (cli-progress draws only on a
// terminal, so logs and tests see just the summary lines).
import { SingleBar } from 'cli-progress';
import type { Progress } from '../../src/backup/backup.ts';

const PHASES = { checking: 'Checking', nodes: 'Nodes', relationships: 'Relationships' } as const;

export function progressBar(verb: string): Progress {
  let bar: SingleBar | null = null;
  const stop = (): void => {
    bar?.stop();
    bar = null;
  };
  return {
    start(phase, total) {
      stop();
      bar = new SingleBar({
        format: `${verb} ${PHASES[phase].padEnd(13)} [{bar}] {value}/{total} | {eta_formatted} left`,
        stream: process.stderr,
        hideCursor: true,
      });
      bar.start(total, 0);
    },
    advance(count) {
      bar?.increment(count);
    },
    stop,
  };
}
