// The search form: text and, where wanted, kind filters. Typing searches after a short pause
// (the URL follows, replacing its entry so Back skips the keystrokes); Enter searches at once.
// The kind filters sit in a disclosure, so the results are three Tabs from the text box.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EntityKind } from '../generated/graphql.ts';
import { KINDS, KIND_NAMES } from '../i18n/kinds.ts';
import { useLang } from '../i18n/context.ts';

interface Props {
  q: string;
  kinds: EntityKind[];
  showKinds: boolean;
  /** `typing`: from a pause in typing, not from Enter or a filter. */
  onSearch(q: string, kinds: EntityKind[], typing: boolean): void;
  /** Typing searches by itself (the search view); elsewhere only Enter does. */
  live?: boolean;
}

const PAUSE_MS = 300;

export function SearchBox({ q, kinds, showKinds, onSearch, live }: Props) {
  const { lang, t } = useLang();
  const [text, setText] = useState(q);
  const [chosen, setChosen] = useState(kinds);
  // The URL changed (Back, a link): show what it says.
  useEffect(() => setText((now) => (now.trim() === q ? now : q)), [q]);
  useEffect(() => setChosen(kinds), [kinds]);
  const search = useRef(onSearch);
  search.current = onSearch;
  useEffect(() => {
    if (!live || text.trim() === q) return;
    const timer = setTimeout(() => search.current(text.trim(), chosen, true), PAUSE_MS);
    return () => clearTimeout(timer);
    // Only the text starts a search by itself; the filters search when they change (toggle).
  }, [text, live]);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSearch(text.trim(), chosen, false);
  };
  const toggle = (kind: EntityKind): void => {
    const next = chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind];
    setChosen(next);
    if (live) onSearch(text.trim(), next, false);
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <label htmlFor="search-input">{t('searchLabel')}</label>
      <div className="search-row">
        <input
          id="search-input"
          data-testid="search-input"
          type="search"
          value={text}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          maxLength={100}
          autoFocus
        />
        <button type="submit">{t('searchButton')}</button>
      </div>
      {showKinds && (
        <details className="kinds" open={chosen.length > 0}>
          <summary>
            {t('kindFilterSummary')}
            {chosen.length > 0 && t('kindFilterChosen', { n: chosen.length })}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t('kindFilter')}</legend>
            {KIND_NAMES.map((kind) => (
              <label key={kind} className="chip">
                <input
                  type="checkbox"
                  checked={chosen.includes(kind)}
                  onChange={() => toggle(kind)}
                  value={kind}
                />
                <i aria-hidden="true" style={{ background: KINDS[kind].colour }} />
                {KINDS[kind][lang]}
              </label>
            ))}
          </fieldset>
        </details>
      )}
    </form>
  );
}
