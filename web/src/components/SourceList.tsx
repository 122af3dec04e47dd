// Where a fact is stated: each source document (title, publisher, date) with the cited
// paragraphs' text under it, the names of the fact's ends marked. A long title ends in "…" on
// screen; a screen reader reads it whole, and hovering shows the file.
import { useLang } from '../i18n/context.ts';
import { documentHref } from '../route.ts';
import { HighlightedText } from './HighlightedText.tsx';

interface Citation {
  paragraph: number;
  text: string | null;
  highlights: { start: number; end: number }[];
  document: {
    id: string;
    title: string;
    titleEn: string | null;
    publisher: string | null;
    date: string | null;
    fileName: string;
  };
}

export function SourceList({ sources }: { sources: Citation[] }) {
  const { lang, t } = useLang();
  const byDocument = new Map<string, { document: Citation['document']; cited: Citation[] }>();
  for (const s of sources) {
    const entry = byDocument.get(s.document.id) ?? { document: s.document, cited: [] };
    if (!entry.cited.some((c) => c.paragraph === s.paragraph)) entry.cited.push(s);
    byDocument.set(s.document.id, entry);
  }
  return (
    <ul className="sources">
      {[...byDocument.values()].map(({ document, cited }) => (
        <li key={document.id}>
          <p className="source-title">
            <a href={documentHref(document.id, lang)}>
              <cite title={document.fileName}>
                {lang === 'en' ? (document.titleEn ?? document.title) : document.title}
              </cite>
            </a>
            <span className="source-meta">
              {' · '}
              {document.publisher ?? t('noPublisher')}
              {' · '}
              {document.date ?? t('noDate')}
            </span>
          </p>
          <ul className="evidence">
            {[...cited]
              .sort((a, b) => a.paragraph - b.paragraph)
              .map((c) => (
                <li key={c.paragraph}>
                  <span className="paragraph">{t('paragraph', { n: String(c.paragraph) })}</span>
                  {c.text === null ? (
                    <span className="evidence-missing"> {t('evidenceMissing')}</span>
                  ) : (
                    <blockquote lang="zh">
                      <HighlightedText text={c.text} spans={c.highlights} />
                    </blockquote>
                  )}
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
