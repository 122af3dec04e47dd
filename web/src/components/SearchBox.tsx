// The search form: text and, where wanted, kind filters. Submitting puts the query in the URL,
// so a search can be shared like any other view.
import { useState, type FormEvent } from 'react';
import type { EntityKind } from '../generated/graphql.ts';
import { KINDS, KIND_NAMES } from '../i18n/kinds.ts';
import { useLang } from '../i18n/context.ts';

interface Props {
  q: string;
  kinds: EntityKind[];
  showKinds: boolean;
  onSearch(q: string, kinds: EntityKind[]): void;
}

export function SearchBox({ q, kinds, showKinds, onSearch }: Props) {
  const { lang, t } = useLang();
  const [text, setText] = useState(q);
  const [chosen, setChosen] = useState(kinds);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSearch(text.trim(), chosen);
  };
  const toggle = (kind: EntityKind): void =>
    setChosen((now) => (now.includes(kind) ? now.filter((k) => k !== kind) : [...now, kind]));
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
        <fieldset className="kinds">
          <legend>{t('kindFilter')}</legend>
          {KIND_NAMES.map((kind) => (
            <label key={kind} className="chip">
              <input
                type="checkbox"
                checked={chosen.includes(kind)}
                onChange={() => toggle(kind)}
                value={kind}
              />
              <i style={{ background: KINDS[kind].colour }} />
              {KINDS[kind][lang]}
            </label>
          ))}
        </fieldset>
      )}
    </form>
  );
}
