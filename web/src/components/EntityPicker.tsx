// Picks an entity by name, as a WAI-ARIA combobox with a list popup: typing searches (after a
// short pause); ↓ and ↑ move through the suggestions, Enter or Tab takes the active one, Escape
// closes the list. The focus stays in the text box throughout (aria-activedescendant names the
// active suggestion). A full name typed without picking is resolved by the form (resolveName);
// an id from a shared URL, or from Back and Forward, is shown by its name.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EntityNameDocument, SearchDocument, type SearchQuery } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { KINDS } from '../i18n/kinds.ts';

type Suggestion = SearchQuery['search'][number];

interface Props {
  label: string;
  /** The chosen id ('' while none is). */
  value: string;
  onPick(id: string): void;
  /** Typing drops the chosen id: the text is all there is until a suggestion is taken. */
  onType(text: string): void;
  /** The id the URL holds for this box: when it changes (Back, a link), the box follows. */
  placed: string;
  /** Why the form refused what this box holds. */
  error: string | null;
  testId: string;
}

export function EntityPicker({ label, value, placed, onPick, onType, error, testId }: Props) {
  const { lang, t } = useLang();
  const id = useId();
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const chosen = useQuery(EntityNameDocument, value ? { id: value } : null);

  // Show the chosen entity's name once it is known (also after a language toggle or Back).
  useEffect(() => {
    if (chosen.status === 'ok' && chosen.data.entity) setText(nameIn(chosen.data.entity, lang));
  }, [chosen, lang]);
  // Back (or a link) to a place with no entity here: the box empties.
  const first = useRef(true);
  useEffect(() => {
    if (!first.current && placed === '') setText('');
    first.current = false;
  }, [placed]);

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery(SearchDocument, open && typed ? { query: typed, first: 8 } : null);
  const options: Suggestion[] =
    open && suggestions.status === 'ok' && typed === text.trim() ? suggestions.data.search : [];
  const expanded = options.length > 0;

  const take = (e: Suggestion): void => {
    setText(nameIn(e, lang));
    setOpen(false);
    setActive(-1);
    onPick(e.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = (by: number): void => {
      event.preventDefault();
      if (!open) setOpen(true);
      const n = options.length;
      if (n) setActive((now) => (now < 0 ? (by > 0 ? 0 : n - 1) : (now + by + n) % n));
    };
    switch (event.key) {
      case 'ArrowDown':
        return step(1);
      case 'ArrowUp':
        return step(-1);
      case 'Enter': {
        const option = options[active];
        if (!expanded || !option) return; // the form submits
        event.preventDefault();
        return take(option);
      }
      case 'Tab': {
        const option = options[active];
        if (expanded && option) take(option);
        return;
      }
      case 'Escape':
        if (!expanded) return;
        event.preventDefault();
        setOpen(false);
        setActive(-1);
        return;
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-option-${i}`;
  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        value={text}
        placeholder={t('pickerPlaceholder')}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          onType(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <p id={`${id}-help`} className="visually-hidden">
        {t('pickerHelp')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={label} className="suggestions" hidden={!expanded}>
        {options.map((e, i) => (
          <li
            key={e.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // Keep the focus in the text box: the click takes the suggestion, not the focus.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => take(e)}
          >
            <i aria-hidden="true" style={{ background: KINDS[e.kind].colour }} />
            {nameIn(e, lang)}
            <small lang={lang === 'en' ? 'zh-CN' : 'en'}>
              {lang === 'en' ? e.name : (e.nameEn ?? '')}
            </small>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {expanded ? t('pickerSuggestions', { n: options.length }) : ''}
      </p>
    </div>
  );
}

/**
 * The id of the one entity whose Chinese name, English name or alias is exactly `text`, among
 * what search finds for it; otherwise why there is none (no such name, or several).
 */
export function exactMatch(
  text: string,
  found: Suggestion[],
): { id: string } | { none: true } | { several: number } {
  const wanted = text.trim().toLowerCase();
  const matches = found.filter((e) =>
    [e.name, e.nameEn ?? '', ...e.aliases].some((n) => n.toLowerCase() === wanted),
  );
  const [only] = matches;
  if (matches.length === 1 && only) return { id: only.id };
  return matches.length === 0 ? { none: true } : { several: matches.length };
}
