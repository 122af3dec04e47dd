// What GraphiQL's markup lacks and its props cannot give: names for the editors' text areas
// (CodeMirror 5 creates them unlabelled), applied again whenever GraphiQL redraws.
import type { Words } from './language.ts';

const EDITORS: [selector: string, word: keyof Words][] = [
  ['.graphiql-query-editor textarea', 'queryEditor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1) textarea', 'variablesEditor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2) textarea', 'headersEditor'],
  ['.graphiql-response textarea', 'response'],
];

export function labelEditors(root: HTMLElement, words: () => Words): () => void {
  const apply = (): void => {
    for (const [selector, word] of EDITORS)
      for (const area of root.querySelectorAll<HTMLTextAreaElement>(selector))
        if (area.getAttribute('aria-label') !== words()[word])
          area.setAttribute('aria-label', words()[word]);
  };
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
