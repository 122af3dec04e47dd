// Which paragraph a proposal cites: a document (one of the entity's own sources) and a paragraph
// number in it, starting at the first paragraph the entity cites there.
import { useId } from 'react';
import { useLang } from '../i18n/context.ts';

export interface CitedDocument {
  id: string;
  title: string;
  titleEn: string | null;
  /** The paragraphs the entity cites in it, in order. */
  paragraphs: number[];
}

export interface Citation {
  source: string;
  paragraph: number;
}

/** The documents of an entity's citations, each once, with the paragraphs it cites there. */
export function citedDocuments(
  sources: readonly {
    paragraph: number;
    document: { id: string; title: string; titleEn: string | null };
  }[],
): CitedDocument[] {
  const byId = new Map<string, CitedDocument>();
  for (const s of sources) {
    const found = byId.get(s.document.id) ?? { ...s.document, paragraphs: [] };
    if (!found.paragraphs.includes(s.paragraph)) found.paragraphs.push(s.paragraph);
    byId.set(s.document.id, found);
  }
  for (const d of byId.values()) d.paragraphs.sort((a, b) => a - b);
  return [...byId.values()];
}

export function CitationPicker({
  documents,
  value,
  onChange,
}: {
  documents: CitedDocument[];
  value: Citation | null;
  onChange(c: Citation): void;
}) {
  const { lang, t } = useLang();
  const id = useId();
  if (documents.length === 0 || !value) return <p className="hint">{t('citationNone')}</p>;
  return (
    <fieldset className="citation" data-testid="citation">
      <legend>{t('citation')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('citationHint')}
      </p>
      <label htmlFor={`${id}-doc`}>{t('citationDocument')}</label>
      <select
        id={`${id}-doc`}
        value={value.source}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const doc = documents.find((d) => d.id === e.target.value);
          if (doc) onChange({ source: doc.id, paragraph: doc.paragraphs[0] ?? 1 });
        }}
      >
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {lang === 'en' ? (d.titleEn ?? d.title) : d.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-p`}>{t('citationParagraph')}</label>
      <input
        id={`${id}-p`}
        type="number"
        inputMode="numeric"
        min={1}
        value={value.paragraph}
        onChange={(e) => onChange({ ...value, paragraph: Number(e.target.value) })}
      />
    </fieldset>
  );
}
