// The GraphQL playground at /playground: GraphiQL from our own bundle (no CDN), the schema docs
// open, every example operation ready as a tab or from the Examples panel, and a 中文/English
// toggle for the texts that are ours (GraphiQL itself is English only).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { ToolbarButton } from '@graphiql/react';
import 'graphiql/style.css';
import './playground.css';
import { EXAMPLES } from './examples.ts';
import { EXAMPLES_PLUGIN } from './ExamplesPlugin.tsx';
import { fetcher } from './fetcher.ts';
import { labelEditors } from './accessibility.ts';
import { LangContext, langFromUrl, langTag, WORDS, type Lang } from './language.ts';

// The search example first: it answers at once and shows Chinese names.
const ordered = [...EXAMPLES].sort(
  (a, b) => Number(b.name === 'search-by-name') - Number(a.name === 'search-by-name'),
);

// Room for the query: on a first visit the editor takes three fifths of the session beside the
// response, and the docs a quarter of the width (GraphiQL keeps what a visitor drags later).
for (const [key, flex] of [
  ['graphiql:editorFlex', '1.5'],
  ['graphiql:docExplorerFlex', '0.28'],
] as const)
  if (localStorage.getItem(key) === null) localStorage.setItem(key, flex);

function Playground() {
  const [lang, setLang] = useState<Lang>(langFromUrl);
  const words = WORDS[lang];
  useEffect(() => {
    // GraphiQL's own interface is English: the page says so; our Chinese texts say zh-CN.
    document.documentElement.lang = 'en';
    document.title =
      lang === 'zh'
        ? 'GraphQL 调试台 · 慈溪创新图谱'
        : 'GraphQL playground · Cixi Innovation Graph';
    const url = new URL(window.location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url);
  }, [lang]);
  useEffect(() => {
    const root = document.getElementById('playground');
    return root ? labelEditors(root, () => WORDS[lang]) : undefined;
  }, [lang]);
  return (
    <LangContext.Provider value={lang}>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={ordered.map((e) => ({ query: e.query }))}
        plugins={[EXAMPLES_PLUGIN]}
        defaultEditorToolsVisibility="variables"
        // The colours below are checked for contrast in the light theme.
        forcedTheme="light"
      >
        <GraphiQL.Logo>
          <h1 className="playground-heading" lang={langTag(lang)}>
            <a href={lang === 'en' ? '/#/?lang=en' : '/'} title={words.dashboard}>
              {words.heading}
            </a>
          </h1>
        </GraphiQL.Logo>
        <GraphiQL.Toolbar>
          {({ prettify, copy, merge }) => (
            <>
              {prettify}
              {merge}
              {copy}
              <ToolbarButton
                label={words.switchLabel}
                onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
                data-testid="playground-language"
              >
                <span className="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
                  {words.switchTo}
                </span>
              </ToolbarButton>
            </>
          )}
        </GraphiQL.Toolbar>
      </GraphiQL>
    </LangContext.Provider>
  );
}

const root = document.getElementById('playground');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Playground />
    </StrictMode>,
  );

// GraphiQL 4 starts its plugin pane collapsed even when told which plugin to show, so open the
// schema docs the way a visitor would, once the sidebar is on screen.
function openDocs(attempts = 100): void {
  const button = document.querySelector<HTMLButtonElement>(
    '.graphiql-sidebar button[aria-label="Show Documentation Explorer"]',
  );
  if (button) button.click();
  else if (attempts > 0) setTimeout(() => openDocs(attempts - 1), 50);
}
openDocs();
