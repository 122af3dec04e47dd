// Proposing, accepting and reverting changes over HTTP as a key of each role, for the tests of
// history and revert: keys are created once per API, and each call answers the GraphQL response.
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, type Role } from '../../src/data/keys.ts';
import type { TestApi } from './api.ts';

export interface Answer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const codeOf = (a: Answer<unknown>): string | undefined => a.errors?.[0]?.extensions?.code;
export const messageOf = (a: Answer<unknown>): string | undefined => a.errors?.[0]?.message;

const PROPOSE = `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id status } }`;
const ACCEPT = `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { id status } }`;
const REVERT = `mutation ($id: ID!, $reason: String!) {
  revertChange(id: $id, reason: $reason) { id status revertedBy revertedAt revertReason }
}`;

export interface Requests {
  ask<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: string,
  ): Promise<Answer<T>>;
  /** Proposes as the curator and accepts as the reviewer; answers the applied change's id. */
  apply(operations: unknown[], reason?: string): Promise<string>;
  revert(
    id: string,
    as?: string,
    reason?: string,
  ): Promise<
    Answer<{
      revertChange: {
        id: string;
        status: string;
        revertedBy: string | null;
        revertedAt: string | null;
        revertReason: string | null;
      };
    }>
  >;
  propose(operations: unknown[]): Promise<string>;
}

/** Creates a key per role (named after it) and answers requests sent with them. */
export async function changeRequests(api: TestApi, roles: readonly Role[]): Promise<Requests> {
  const keys = new Map<string, string>();
  for (const role of roles) {
    const key = newKey();
    await createKey(api.graph, { name: role, role, hash: hashOf(key) }, 'test');
    keys.set(role, key);
  }
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}, as?: string) => {
    const key = as ? keys.get(as) : undefined;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Answer<T>;
  };
  const propose = async (operations: unknown[], reason = 'seen in the source') => {
    const a = await ask<{ proposeChange: { id: string } }>(
      PROPOSE,
      { input: { reason, operations } },
      'curator',
    );
    if (!a.data?.proposeChange) throw new Error(JSON.stringify(a.errors));
    return a.data.proposeChange.id;
  };
  return {
    ask,
    propose,
    async apply(operations, reason) {
      const id = await propose(operations, reason);
      const a = await ask<{ reviewChange: { status: string } }>(ACCEPT, { id }, 'reviewer');
      if (a.data?.reviewChange.status !== 'APPLIED') throw new Error(JSON.stringify(a.errors));
      return id;
    },
    revert: (id, as = 'reviewer', reason = 'the source does not say so') =>
      ask(REVERT, { id, reason }, as),
  };
}
