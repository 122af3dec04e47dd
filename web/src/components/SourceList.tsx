// Where a fact is stated: the paragraphs of each source document, one line per document (a long
// title ends in "…" on screen; a screen reader reads it whole, and hovering shows the file).
import { useLang } from '../i18n/context.ts';

interface Citation {
  paragraph: number;
  document: { id: string; title: string; titleEn: string | null; fileName: string };
}

export function SourceList({ sources }: { sources: Citation[] }) {
  const { lang, t } = useLang();
  const byDocument = new Map<string, { document: Citation['document']; paragraphs: Set<number> }>();
  for (const s of sources) {
    const entry = byDocument.get(s.document.id) ?? { document: s.document, paragraphs: new Set() };
    entry.paragraphs.add(s.paragraph);
    byDocument.set(s.document.id, entry);
  }
  return (
    <ul className="sources">
      {[...byDocument.values()].map(({ document, paragraphs }) => (
        <li key={document.id}>
          <span className="paragraph">
            {t('paragraph', {
              n: [...paragraphs].sort((a, b) => a - b).join(lang === 'en' ? ', ' : '、'),
            })}
          </span>{' '}
          <cite title={document.fileName}>
            {lang === 'en' ? (document.titleEn ?? document.title) : document.title}
          </cite>
        </li>
      ))}
    </ul>
  );
}
