// The API key of this tab's session: kept in sessionStorage (gone when the tab closes, never
// written to localStorage or the URL) and sent as `Authorization: Bearer …` on every request.
// Components that show who is signed in subscribe to it.
import { useSyncExternalStore } from 'react';

const STORAGE = 'cixi.apiKey';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return sessionStorage.getItem(STORAGE);
  } catch {
    return null;
  }
}

let current = read();

/** The key this tab signed in with, or null. */
export const sessionKey = (): string | null => current;

export function setSessionKey(key: string | null): void {
  current = key;
  try {
    if (key === null) sessionStorage.removeItem(STORAGE);
    else sessionStorage.setItem(STORAGE, key);
  } catch {
    // Storage refused (a private window): the key still lasts as long as the page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session's key, re-rendering when it changes (sign-in, sign-out). */
export const useSessionKey = (): string | null =>
  useSyncExternalStore(subscribe, sessionKey, () => null);
