// The shell: header with navigation and the language toggle, then the view the URL names.
import { useEffect } from 'react';
import { LangContext, useLang } from './i18n/context.ts';
import { usePlace } from './usePlace.ts';
import { formatPlace, NEW_PATHS, type Place } from './route.ts';
import { SearchView } from './views/SearchView.tsx';
import { EntityView } from './views/EntityView.tsx';
import { PathsView } from './views/PathsView.tsx';
import { OverviewView } from './views/OverviewView.tsx';
import { ExportButtons } from './components/ExportButtons.tsx';

export function App() {
  const [place, go] = usePlace();
  useEffect(() => {
    document.documentElement.lang = place.lang === 'en' ? 'en' : 'zh-CN';
  }, [place.lang]);
  return (
    <LangContext.Provider value={place.lang}>
      <Header place={place} go={go} />
      <main>
        <View place={place} go={go} />
      </main>
    </LangContext.Provider>
  );
}

function View({ place, go }: { place: Place; go: (p: Place) => void }) {
  const { route } = place;
  switch (route.view) {
    case 'search':
      return <SearchView route={route} go={(r) => go({ ...place, route: r })} />;
    case 'entity':
      return <EntityView key={route.id} route={route} go={(r) => go({ ...place, route: r })} />;
    case 'paths':
      return <PathsView route={route} go={(r) => go({ ...place, route: r })} />;
    case 'overview':
      return <OverviewView route={route} go={(r) => go({ ...place, route: r })} />;
    default:
      return route satisfies never;
  }
}

function Header({ place, go }: { place: Place; go: (p: Place) => void }) {
  const { t } = useLang();
  const link = (route: Place['route']): string => formatPlace({ ...place, route });
  const current = place.route.view;
  return (
    <header className="top">
      <a className="brand" href={link({ view: 'search', q: '', kinds: [] })}>
        <strong>{t('title')}</strong>
        <span>{t('subtitle')}</span>
      </a>
      <nav>
        <a aria-current={current === 'search'} href={link({ view: 'search', q: '', kinds: [] })}>
          {t('navSearch')}
        </a>
        <a aria-current={current === 'paths'} href={link(NEW_PATHS)}>
          {t('navPaths')}
        </a>
        <a aria-current={current === 'overview'} href={link({ view: 'overview', scope: '' })}>
          {t('navOverview')}
        </a>
        <a href="/playground">{t('navPlayground')}</a>
      </nav>
      <ExportButtons label={t('exportGraph')} path="graph" params={{}} compact />
      <button
        type="button"
        className="lang"
        data-testid="language-toggle"
        onClick={() => go({ ...place, lang: place.lang === 'en' ? 'zh' : 'en' })}
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}
