// The search view's passages: paragraphs of the stored documents that contain what was typed,
// the matching words marked, each linked to its place in its document.
import { SearchPassagesDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import { documentHref } from '../route.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { HighlightedText } from '../components/HighlightedText.tsx';

export function PassageResults({ query }: { query: string }) {
  const { lang, t } = useLang();
  const results = useQuery(SearchPassagesDocument, { query });
  if (results.status === 'error') return <ErrorNotice error={results.error} />;
  if (results.status !== 'ok' || results.data.searchDocuments.length === 0) return null;
  return (
    <section aria-labelledby="passages-heading" data-testid="passage-results">
      <h2 id="passages-heading">{t('passages')}</h2>
      <ul className="evidence">
        {results.data.searchDocuments.map(({ paragraph: p, highlights }) => (
          <li key={`${p.document.id}#${p.number}`}>
            <a href={documentHref(p.document.id, lang)}>
              <cite>
                {lang === 'en' ? (p.document.titleEn ?? p.document.title) : p.document.title}
              </cite>
            </a>{' '}
            <span className="paragraph">{t('paragraph', { n: String(p.number) })}</span>
            <blockquote lang="zh">
              <HighlightedText text={p.text} spans={highlights} />
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
