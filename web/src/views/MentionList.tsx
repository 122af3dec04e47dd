// "Mentioned in": the paragraphs of every stored document that name the entity, the name marked,
// in document and text order; folded under their count, so the page stays short on a phone.
import type { EntityPageQuery } from '../generated/graphql.ts';
import { useLang } from '../i18n/context.ts';
import { HighlightedText } from '../components/HighlightedText.tsx';
import { documentHref } from '../route.ts';

type Mentions = NonNullable<EntityPageQuery['entity']>['mentions'];

export function MentionList({ mentions }: { mentions: Mentions }) {
  const { lang, t } = useLang();
  return (
    <section className="mentions" aria-labelledby="mentions-heading" data-testid="mentions">
      <h2 id="mentions-heading">{t('mentionedIn')}</h2>
      {mentions.totalCount === 0 ? (
        <p>{t('noMentions')}</p>
      ) : (
        <>
          <details>
            <summary>
              {t('mentionCount', {
                n: String(mentions.totalCount),
                shown: String(mentions.nodes.length),
              })}
            </summary>
            <ul className="evidence">
              {mentions.nodes.map((m) => {
                const d = m.paragraph.document;
                return (
                  <li key={`${d.id}#${m.paragraph.number}:${m.start}`}>
                    <a href={documentHref(d.id, lang)}>
                      <cite>{lang === 'en' ? (d.titleEn ?? d.title) : d.title}</cite>
                    </a>{' '}
                    <span className="paragraph">
                      {t('paragraph', { n: String(m.paragraph.number) })}
                    </span>
                    <blockquote lang="zh">
                      <HighlightedText text={m.paragraph.text} spans={[m]} />
                    </blockquote>
                  </li>
                );
              })}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
