// What a script started, stopped in reverse order however the run ends: normally, on an error or
// on Ctrl-C. A Neo4j JVM or an API process left behind would hold its port and memory.
type Step = () => Promise<void> | void;

export class Cleanups {
  readonly #steps: Step[] = [];

  add(step: Step): void {
    this.#steps.push(step);
  }

  /** Runs every step, the last added first; one that fails does not keep the rest from running. */
  async run(): Promise<void> {
    for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
      try {
        await step();
      } catch {
        // keep stopping the rest
      }
    }
  }

  /** On SIGINT or SIGTERM: `notice` (once), then every step, then exit 130. */
  exitOnSignal(notice?: () => void): void {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      notice?.();
      void this.run().finally(() => process.exit(130));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}
