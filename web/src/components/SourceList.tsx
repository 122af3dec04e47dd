// Where a fact is stated: one line per source document, "第 21、22 段" with its title, publisher
// and date (a long line ends in "…" on screen; hovering shows the file), which opens to the cited
// paragraphs' text with the names of the fact's ends marked and a link to the document's page.
// Closed by default, so a page of many facts stays short on a phone.
import { useLang } from '../i18n/context.ts';
import { documentHref } from '../route.ts';
import { HighlightedText } from './HighlightedText.tsx';

interface Citation {
  paragraph: number;
  text: string | null;
  highlights: { start: number; end: number }[];
  document: {
    id: string;
    title: string;
    titleEn: string | null;
    publisher: string | null;
    date: string | null;
    fileName: string;
  };
}

/** `open` shows the paragraphs' text at once (where reading it is the task: a review). */
export function SourceList({ sources, open = false }: { sources: Citation[]; open?: boolean }) {
  const { lang, t } = useLang();
  const byDocument = new Map<string, { document: Citation['document']; cited: Citation[] }>();
  for (const s of sources) {
    const entry = byDocument.get(s.document.id) ?? { document: s.document, cited: [] };
    if (!entry.cited.some((c) => c.paragraph === s.paragraph)) entry.cited.push(s);
    byDocument.set(s.document.id, entry);
  }
  return (
    <ul className="sources">
      {[...byDocument.values()].map(({ document, cited }) => {
        const sorted = [...cited].sort((a, b) => a.paragraph - b.paragraph);
        const title = lang === 'en' ? (document.titleEn ?? document.title) : document.title;
        return (
          <li key={document.id}>
            <details className="evidence" open={open}>
              <summary>
                <span className="paragraph">
                  {t('paragraph', {
                    n: sorted.map((c) => c.paragraph).join(lang === 'en' ? ', ' : '、'),
                  })}
                </span>{' '}
                <cite title={document.fileName}>{title}</cite>
                <span className="source-meta">
                  {' · '}
                  {document.publisher ?? t('noPublisher')} · {document.date ?? t('noDate')}
                </span>
              </summary>
              {sorted.map((c) =>
                c.text === null ? (
                  <p key={c.paragraph} className="evidence-missing">
                    {t('evidenceMissing')}
                  </p>
                ) : (
                  <div key={c.paragraph}>
                    <span className="paragraph">{t('paragraph', { n: String(c.paragraph) })}</span>
                    <blockquote lang="zh-CN">
                      <HighlightedText text={c.text} spans={c.highlights} />
                    </blockquote>
                  </div>
                ),
              )}
              <a href={documentHref(document.id, lang)}>{t('openDocument')}</a>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
