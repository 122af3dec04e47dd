// Picks an entity by name: typing searches (after a short pause), a suggestion sets the id. An
// id from a shared URL is shown by its name.
import { useEffect, useId, useState } from 'react';
import { EntityNameDocument, SearchDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { KINDS } from '../i18n/kinds.ts';

interface Props {
  label: string;
  value: string;
  onChange(id: string): void;
  testId: string;
}

export function EntityPicker({ label, value, onChange, testId }: Props) {
  const { lang, t } = useLang();
  const listId = useId();
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const chosen = useQuery(EntityNameDocument, value ? { id: value } : null);

  // Show the chosen entity's name once it is known (also in the other language after a toggle).
  useEffect(() => {
    if (chosen.status === 'ok' && chosen.data.entity) setText(nameIn(chosen.data.entity, lang));
  }, [chosen, lang]);

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery(SearchDocument, open && typed ? { query: typed, first: 8 } : null);

  return (
    <div className="picker" data-testid={testId}>
      <label>
        {label}
        <input
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          value={text}
          placeholder={t('pickerPlaceholder')}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
      </label>
      {open && suggestions.status === 'ok' && (
        <ul id={listId} role="listbox" className="suggestions">
          {suggestions.data.search.map((e) => (
            <li
              key={e.id}
              role="option"
              aria-selected={e.id === value}
              aria-label={nameIn(e, lang)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                onChange(e.id);
                setText(nameIn(e, lang));
                setOpen(false);
              }}
            >
              <i style={{ background: KINDS[e.kind].colour }} />
              {nameIn(e, lang)}
              <small>{lang === 'en' ? e.name : (e.nameEn ?? '')}</small>
            </li>
          ))}
          {suggestions.data.search.length === 0 && <li className="empty">{t('noResults')}</li>}
        </ul>
      )}
    </div>
  );
}
