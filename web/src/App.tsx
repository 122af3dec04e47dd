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

export function App() {
  const [place, go] = usePlace();
  useEffect(() => {
    document.documentElement.lang = place.lang === 'en' ? 'en' : 'zh-CN';
  }, [place.lang]);
  return (
    <LangContext.Provider value={place.lang}>
      <Header place={place} go={go} />
      <main id="main">
        <View place={place} go={go} />
      </main>
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
    default:
      return route satisfies never;
  }
}

function Header({ place, go }: { place: Place; go: Go }) {
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
        <a href={place.lang === 'en' ? '/playground?lang=en' : '/playground'}>
          {t('navPlayground')}
        </a>
      </nav>
      <div className="header-tools">
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
