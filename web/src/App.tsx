// The shell: a skip link, the header with navigation and the language toggle, then the view the
// URL names.
import { DocumentView } from './views/DocumentView.tsx';
import { useEffect } from 'react';
import { LangContext, useLang } from './i18n/context.ts';
import { usePlace, type Go } from './usePlace.ts';
import { formatPlace, NEW_PATHS, type Place, type Route } from './route.ts';
import { SearchView } from './views/SearchView.tsx';
import { EntityView } from './views/EntityView.tsx';
import { PathsView } from './views/PathsView.tsx';
import { OverviewView } from './views/OverviewView.tsx';
import { ExportButtons } from './components/ExportButtons.tsx';
import { focusViewHeading } from './components/ViewHeading.tsx';
import { MeDocument } from './generated/graphql.ts';
import { useQuery } from './api/useQuery.ts';
import { useSessionKey } from './api/session.ts';
import type { ApiError } from './api/request.ts';
import { PrincipalContext } from './curation/principal.ts';
import { SignIn } from './curation/SignIn.tsx';
import { ChangeView, ReviewView } from './curation/ReviewView.tsx';

export function App() {
  const [place, go] = usePlace();
  useEffect(() => {
    document.documentElement.lang = place.lang === 'en' ? 'en' : 'zh-CN';
  }, [place.lang]);
  // Who the session's key belongs to: asked once per sign-in, shared by every view.
  const me = useQuery(MeDocument, useSessionKey() === null ? null : {});
  const principal = me.status === 'ok' ? me.data.me : null;
  const failure: ApiError | null = me.status === 'error' ? me.error : null;
  return (
    <LangContext.Provider value={place.lang}>
      <PrincipalContext.Provider value={principal}>
        <Header place={place} go={go} failure={failure} />
        <main id="main">
          <View place={place} go={go} />
        </main>
      </PrincipalContext.Provider>
    </LangContext.Provider>
  );
}

function View({ place, go }: { place: Place; go: Go }) {
  const { route } = place;
  const to = (r: Route, options?: { replace?: boolean }): void =>
    go({ ...place, route: r }, options);
  switch (route.view) {
    case 'search':
      return <SearchView route={route} go={to} />;
    case 'entity':
      return <EntityView key={route.id} route={route} go={to} />;
    case 'paths':
      return <PathsView route={route} go={to} />;
    case 'overview':
      return <OverviewView route={route} go={to} />;
    case 'document':
      return <DocumentView key={route.id} route={route} />;
    case 'review':
      return <ReviewView key={route.status} status={route.status} />;
    case 'change':
      return <ChangeView key={route.id} id={route.id} />;
    default:
      return route satisfies never;
  }
}

function Header({ place, go, failure }: { place: Place; go: Go; failure: ApiError | null }) {
  const { t } = useLang();
  const link = (route: Place['route']): string => formatPlace({ ...place, route });
  const current = place.route.view;
  return (
    <header className="top">
      <a
        className="skip"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          focusViewHeading();
        }}
      >
        {t('skipToContent')}
      </a>
      <a className="brand" href={link({ view: 'search', q: '', kinds: [] })}>
        <strong>{t('title')}</strong>
        <span>{t('subtitle')}</span>
      </a>
      <nav aria-label={t('title')}>
        <a
          aria-current={current === 'search' ? 'page' : undefined}
          href={link({ view: 'search', q: '', kinds: [] })}
        >
          {t('navSearch')}
        </a>
        <a aria-current={current === 'paths' ? 'page' : undefined} href={link(NEW_PATHS)}>
          {t('navPaths')}
        </a>
        <a
          aria-current={current === 'overview' ? 'page' : undefined}
          href={link({ view: 'overview', scope: '', without: '' })}
        >
          {t('navOverview')}
        </a>
        <a
          aria-current={current === 'review' || current === 'change' ? 'page' : undefined}
          href={link({ view: 'review', status: 'PROPOSED' })}
        >
          {t('navReview')}
        </a>
        <a href={place.lang === 'en' ? '/playground?lang=en' : '/playground'}>
          {t('navPlayground')}
        </a>
      </nav>
      <div className="header-tools">
        <SignIn failure={failure} />
        <ExportButtons label={t('exportGraph')} path="graph" params={{}} compact />
        <button
          type="button"
          className="lang"
          data-testid="language-toggle"
          lang={place.lang === 'en' ? 'zh-CN' : 'en'}
          onClick={() => go({ ...place, lang: place.lang === 'en' ? 'zh' : 'en' })}
        >
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
