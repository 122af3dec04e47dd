// A source document's page: its title, publisher and date, every paragraph with the names it
// mentions linked to their entities, and an ingested report's review queue (candidate
// entities, suggested links; ReviewQueue.tsx).
import { DocumentPageDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import type { Route } from '../route.ts';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { LinkedText } from '../components/LinkedText.tsx';
import { ViewHeading } from '../components/ViewHeading.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';

type DocumentRoute = Extract<Route, { view: 'document' }>;

export function DocumentView({ route }: { route: DocumentRoute }) {
  const { lang, t } = useLang();
  const page = useQuery(DocumentPageDocument, { id: route.id });
  if (page.status === 'loading' || page.status === 'idle') return <Loading />;
  if (page.status === 'error') return <ErrorNotice error={page.error} />;
  const { document, candidates, suggestedLinks } = page.data;
  if (!document)
    return (
      <article className="view document" data-testid="document-page">
        <p role="alert">{t('documentNotFound', { id: route.id })}</p>
      </article>
    );
  const title = lang === 'en' ? (document.titleEn ?? document.title) : document.title;
  const { paragraphs } = document;
  return (
    <article className="view document" data-testid="document-page">
      <header>
        <ViewHeading title={title} testId="document-title">
          {title}
        </ViewHeading>
        <p className="subtitle">
          {document.publisher ?? t('noPublisher')} · {document.date ?? t('noDate')} ·{' '}
          <span className="id">{document.fileName}</span>
        </p>
      </header>
      <section aria-labelledby="paragraphs-heading">
        <h2 id="paragraphs-heading">
          {t('documentParagraphs', { n: String(paragraphs.totalCount) })}
        </h2>
        {paragraphs.totalCount === 0 ? (
          <p>{t('documentMissingText')}</p>
        ) : (
          <ol className="paragraphs" lang="zh">
            {paragraphs.nodes.map((p) => (
              // The review queue's paragraph buttons move the focus here.
              <li key={p.number} value={p.number} id={`p${p.number}`} tabIndex={-1}>
                <LinkedText text={p.text} mentions={p.mentions} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReviewQueue document={document.id} candidates={candidates} suggestedLinks={suggestedLinks} />
    </article>
  );
}
