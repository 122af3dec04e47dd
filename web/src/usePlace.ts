// The place (view + language) follows the URL hash: back and forward work, and a pasted link
// restores the view it names. `go` adds a history entry; `go(next, { replace: true })` updates
// the current one (typing in the search box), so Back skips the keystrokes. A change of view or
// of entity asks the next view heading to take the keyboard focus (ViewHeading.tsx).
import { useCallback, useEffect, useState } from 'react';
import { formatPlace, parsePlace, type Place } from './route.ts';
import { focusNextHeading } from './components/ViewHeading.tsx';

const pageOf = (place: Place): string =>
  place.route.view === 'entity' ? `entity:${place.route.id}` : place.route.view;

export interface Go {
  (next: Place, options?: { replace?: boolean }): void;
}

export function usePlace(): [Place, Go] {
  const [place, setPlace] = useState(() => parsePlace(window.location.hash));
  useEffect(() => {
    const onChange = (): void =>
      setPlace((before) => {
        const after = parsePlace(window.location.hash);
        if (pageOf(before) !== pageOf(after)) focusNextHeading();
        return after;
      });
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback<Go>((next, options) => {
    const hash = formatPlace(next);
    if (hash === window.location.hash) return;
    if (options?.replace) {
      window.history.replaceState(window.history.state, '', hash);
      setPlace(parsePlace(hash));
    } else window.location.hash = hash;
  }, []);
  return [place, go];
}
