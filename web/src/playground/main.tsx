// The GraphQL playground at /playground: GraphiQL from our own bundle (no CDN), the schema docs
// open, and every example operation ready as a tab or from the Examples panel.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './playground.css';
import { EXAMPLES } from './examples.ts';
import { EXAMPLES_PLUGIN } from './ExamplesPlugin.tsx';
import { fetcher } from './fetcher.ts';

// The search example first: it answers at once and shows Chinese names.
const ordered = [...EXAMPLES].sort(
  (a, b) => Number(b.name === 'search-by-name') - Number(a.name === 'search-by-name'),
);

const root = document.getElementById('playground');
if (root)
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={ordered.map((e) => ({ query: e.query }))}
        plugins={[EXAMPLES_PLUGIN]}
        defaultEditorToolsVisibility="variables"
      >
        <GraphiQL.Logo>
          <a href="/">慈溪创新图谱</a>
        </GraphiQL.Logo>
      </GraphiQL>
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
