// Sending a proposal from a form: busy while it goes, then the new change's id (to link to the
// review queue) or the API's refusal. A stale version's CONFLICT is told apart, so the form can
// say what to do: reload and propose again on the newest version.
import { useState } from 'react';
import { ApiError } from '../api/request.ts';

export interface ProposalState {
  busy: boolean;
  proposed: string | null;
  error: ApiError | null;
  send(propose: () => Promise<{ id: string }>): Promise<void>;
}

export function useProposal(): ProposalState {
  const [busy, setBusy] = useState(false);
  const [proposed, setProposed] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function send(propose: () => Promise<{ id: string }>) {
    setBusy(true);
    setError(null);
    try {
      setProposed((await propose()).id);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_CLIENT_ERROR'));
    } finally {
      setBusy(false);
    }
  }
  return { busy, proposed, error, send };
}
