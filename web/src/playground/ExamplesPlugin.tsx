// A side panel listing the example operations: a click opens one in a new tab, so the examples
// stay at hand even when the tabs of an earlier visit were restored from storage.
import { useEditorContext } from '@graphiql/react';
import type { GraphiQLPlugin } from '@graphiql/react';
import { EXAMPLES } from './examples.ts';
import { langTag, usePlaygroundLang, WORDS } from './language.ts';

function ExamplesPanel() {
  const editor = useEditorContext({ nonNull: true });
  const lang = usePlaygroundLang();
  const open = (query: string): void => {
    editor.addTab();
    // addTab leaves the editor on the new, empty tab; fill it once React has switched to it,
    // and name the operation at once (GraphiQL would only notice it after its typing pause).
    setTimeout(() => {
      editor.queryEditor?.setValue(query);
      const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
      if (name) editor.setOperationName(name);
    });
  };
  return (
    <div className="examples-panel" lang={langTag(lang)}>
      <h2 className="graphiql-doc-explorer-title">{WORDS[lang].examples}</h2>
      <p>{WORDS[lang].examplesHint}</p>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e.name}>
            <button type="button" onClick={() => open(e.query)} lang="en">
              {e.name}
            </button>
            {/* The examples' comments are in English. */}
            <p lang="en">{firstComment(e.query)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

const firstComment = (query: string): string =>
  query
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .map((line) => line.replace(/^#\s?/, ''))
    .join(' ');

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true">
      <path
        d="M4 5h16M4 12h16M4 19h10"
        stroke="currentColor"
        strokeWidth="1.5"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}

export const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: 'Examples',
  icon: ExamplesIcon,
  content: ExamplesPanel,
};
