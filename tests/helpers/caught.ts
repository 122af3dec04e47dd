// The error a refusal throws, for tests that go on to read its fields (vitest's toThrow checks
// only the message). Anything else is a failure: no error, or an error of another class.

type ErrorClass<E> = abstract new (...args: never[]) => E;

/** The `kind` error `work` throws; fails with `accepted` when it throws none. */
export function caught<E extends Error>(
  kind: ErrorClass<E>,
  work: () => unknown,
  accepted: string,
): E {
  try {
    work();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(accepted);
}

/** As `caught`, for work that rejects. */
export async function caughtAsync<E extends Error>(
  kind: ErrorClass<E>,
  work: Promise<unknown>,
  accepted: string,
): Promise<E> {
  try {
    await work;
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(accepted);
}
