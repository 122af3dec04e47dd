// Runs one typed operation for a view and re-runs it when its variables change; a change or an
// unmount cancels the request in flight, so a slow answer never overwrites a newer one. Signing
// in or out re-runs it (the answer may depend on the key), and so does a new `reload` count.
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { ApiError, request } from './request.ts';
import { useSessionKey } from './session.ts';

export type QueryState<R> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; data: R }
  | { status: 'error'; error: ApiError };

/** `variables: null` skips the query (e.g. a picker with nothing chosen yet). */
export function useQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V | null,
  reload = 0,
): QueryState<R> {
  const session = useSessionKey();
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<R>>({ status: key ? 'loading' : 'idle' });
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as V, controller.signal).then(
      (data) => setState({ status: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(String(error), 'INTERNAL_CLIENT_ERROR'),
        });
      },
    );
    return () => controller.abort();
  }, [document, key, session, reload]);
  return state;
}
