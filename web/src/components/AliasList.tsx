// An entity's other names, each with where it comes from: the paragraph that prints it, or the
// curators' reason for adding it, so a name no source prints never reads as a source's word.
import type { EntityPageQuery } from '../generated/graphql.ts';
import { useLang } from '../i18n/context.ts';

type Alias = NonNullable<EntityPageQuery['entity']>['aliasOrigins'][number];

export function AliasList({ aliases }: { aliases: readonly Alias[] }) {
  const { lang, t } = useLang();
  return (
    <p className="aliases" data-testid="aliases">
      {t('aliases')}:{' '}
      {aliases.map((a, i) => (
        <span key={a.name} className={a.origin === 'SOURCE' ? 'alias printed' : 'alias curators'}>
          {i > 0 && '、'}
          {a.name}
          <small>
            {' ('}
            {a.source ? (
              <>
                {t('aliasPrinted')}{' '}
                <cite
                  title={
                    lang === 'en'
                      ? (a.source.document.titleEn ?? a.source.document.title)
                      : a.source.document.title
                  }
                >
                  {t('paragraph', { n: a.source.paragraph })}
                </cite>
              </>
            ) : (
              t('aliasCurators', { reason: a.reason ?? '' })
            )}
            {')'}
          </small>
        </span>
      ))}
    </p>
  );
}
