// The place (view + language) follows the URL hash: back and forward work, and a pasted link
// restores the view it names.
import { useCallback, useEffect, useState } from 'react';
import { formatPlace, parsePlace, type Place } from './route.ts';

export function usePlace(): [Place, (next: Place) => void] {
  const [place, setPlace] = useState(() => parsePlace(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setPlace(parsePlace(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Place) => {
    window.location.hash = formatPlace(next);
  }, []);
  return [place, go];
}
