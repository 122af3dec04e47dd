// Search by Chinese or English name or an alias, optionally of some kinds; results follow the
// typing and link to their pages; below them, the passages of the stored documents that contain
// the words. The first thing the dashboard shows.
import { useEffect } from 'react';
import { SearchDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import type { Route } from '../route.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { EntityLink, KindBadge } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { ViewHeading } from '../components/ViewHeading.tsx';
import { PassageResults } from './PassageResults.tsx';

type SearchRoute = Extract<Route, { view: 'search' }>;

export function SearchView({
  route,
  go,
}: {
  route: SearchRoute;
  go(r: Route, options?: { replace?: boolean }): void;
}) {
  const { lang, t } = useLang();
  const results = useQuery(
    SearchDocument,
    route.q ? { query: route.q, kinds: route.kinds.length ? route.kinds : null, first: 30 } : null,
  );
  // For the first-load measurement: the moment the search box is on screen.
  useEffect(() => {
    if (performance.getEntriesByName('search-box-visible').length === 0)
      performance.mark('search-box-visible');
  }, []);
  return (
    <section className="view search-view">
      <ViewHeading title={route.q ? `${t('searchTitle')}: ${route.q}` : t('searchTitle')}>
        {t('searchTitle')}
      </ViewHeading>
      <SearchBox
        q={route.q}
        kinds={route.kinds}
        showKinds
        live
        onSearch={(q, kinds, typing) =>
          // A pause in typing refines the current search; Enter or a new filter is a new one.
          go({ view: 'search', q, kinds }, { replace: typing && route.q !== '' })
        }
      />
      <p className="visually-hidden" role="status">
        {results.status === 'ok' ? t('resultCount', { n: results.data.search.length }) : ''}
      </p>
      <div className="results-area">
        {results.status === 'idle' && <p className="hint">{t('searchHint')}</p>}
        {results.status === 'loading' && <Loading />}
        {results.status === 'error' && <ErrorNotice error={results.error} />}
        {results.status === 'ok' && results.data.search.length === 0 && <p>{t('noResults')}</p>}
        {results.status === 'ok' && results.data.search.length > 0 && (
          <>
            <ul className="results" data-testid="search-results">
              {results.data.search.map((e) => (
                <li key={e.id}>
                  <EntityLink entity={e} /> <KindBadge kind={e.kind} />
                  <span className="other-name" lang={lang === 'en' ? 'zh-CN' : 'en'}>
                    {lang === 'en' ? e.name : e.nameEn}
                  </span>
                  {e.aliases.length > 0 && (
                    <span className="aliases">
                      {t('aliases')}: {e.aliases.join('、')}
                    </span>
                  )}
                  <span className="id">{e.id}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {route.q && <PassageResults query={route.q} />}
      </div>
    </section>
  );
}
