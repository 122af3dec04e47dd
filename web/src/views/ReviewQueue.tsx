// An ingested document's review queue on its page: the candidate entities (names the graph
// lacks) as a table, and the suggested links between known entities as cards, each saying
// whether it would be a new link or corroborates one the graph holds. Proposals, never facts: a
// curator signed in may propose each as a change for review (QueueProposals.tsx), and nothing is
// written until a reviewer accepts it. A paragraph number is a button that moves the focus to
// that paragraph.
import type { DocumentPageQuery } from '../generated/graphql.ts';
import { EntityLink, KindBadge } from '../components/EntityLink.tsx';
import { useLang } from '../i18n/context.ts';
import { relationshipLabel } from '../i18n/relationships.ts';
import { mayAct, usePrincipal } from '../curation/principal.ts';
import { ProposeCandidate, ProposeLink } from '../curation/QueueProposals.tsx';

type Page = DocumentPageQuery;

function focusParagraph(n: number): void {
  const target = document.getElementById(`p${n}`);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

function ParagraphButtons({ numbers }: { numbers: readonly number[] }) {
  const { t } = useLang();
  return (
    <span className="paragraph-buttons">
      {numbers.map((n) => (
        <button
          key={n}
          type="button"
          className="paragraph-button"
          aria-label={t('goToParagraph', { n })}
          onClick={() => focusParagraph(n)}
        >
          {n}
        </button>
      ))}
    </span>
  );
}

function Shown({ shown, total }: { shown: number; total: number }) {
  const { t } = useLang();
  return shown < total ? <p className="hint">{t('queueShown', { shown, n: total })}</p> : null;
}

export function ReviewQueue({
  document: source,
  candidates,
  suggestedLinks,
}: Pick<Page, 'candidates' | 'suggestedLinks'> & { document: string }) {
  const { lang, t } = useLang();
  const curator = mayAct(usePrincipal(), 'curator');
  const empty = candidates.totalCount === 0 && suggestedLinks.totalCount === 0;
  return (
    <section aria-labelledby="review-heading" data-testid="review-queue" className="review-queue">
      <h2 id="review-heading">{t('reviewQueue')}</h2>
      <p className="hint">{t('reviewQueueHint')}</p>
      {!curator && <p className="hint">{t('needsCurator')}</p>}
      {empty ? (
        <p data-testid="review-queue-empty">{t('reviewQueueEmpty')}</p>
      ) : (
        <>
          <section aria-labelledby="candidates-heading" data-testid="candidates">
            <h3 id="candidates-heading">{t('candidatesHeading', { n: candidates.totalCount })}</h3>
            {/* A wide table scrolls inside its own box on a phone; the box takes the focus for the keyboard. */}
            <div
              className="table-scroll"
              role="region"
              aria-label={t('candidatesCaption')}
              tabIndex={0}
            >
              <table className="chart candidates">
                <caption>{t('candidatesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('candidateName')}</th>
                    <th scope="col">{t('candidateKind')}</th>
                    <th scope="col">{t('candidateCount')}</th>
                    <th scope="col">{t('candidateParagraphs')}</th>
                    {curator && <th scope="col">{t('proposeEntity')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {candidates.nodes.map((c) => (
                    <tr key={c.rank}>
                      <td>{c.rank}</td>
                      <th scope="row" lang="zh">
                        {c.name}
                      </th>
                      <td>
                        <KindBadge kind={c.suggestedKind} />
                      </td>
                      <td>{c.count}</td>
                      <td>
                        <ParagraphButtons numbers={c.paragraphs} />
                      </td>
                      {curator && (
                        <td>
                          <ProposeCandidate
                            document={source}
                            name={c.name}
                            suggestedKind={c.suggestedKind}
                            paragraphs={c.paragraphs}
                          />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Shown shown={candidates.nodes.length} total={candidates.totalCount} />
          </section>
          <section aria-labelledby="links-heading" data-testid="suggested-links">
            <h3 id="links-heading">
              {t('suggestedLinksHeading', { n: suggestedLinks.totalCount })}
            </h3>
            <ol className="cards">
              {suggestedLinks.nodes.map((l) => (
                <li key={l.rank} className="card">
                  <p className="pair">
                    <EntityLink entity={l.from} /> <span aria-hidden="true">—</span>{' '}
                    <EntityLink entity={l.to} />
                  </p>
                  <p className="status">
                    {l.corroborates.length
                      ? t('suggestedLinkCorroborates', {
                          types: l.corroborates
                            .map((x) => relationshipLabel(x, lang))
                            .join(lang === 'zh' ? '、' : ', '),
                        })
                      : t('suggestedLinkNew')}
                  </p>
                  <p className="hint">
                    {t('suggestedLinkEvidence', {
                      paragraphs: l.paragraphs
                        .map((n) => t('paragraph', { n }))
                        .join(lang === 'zh' ? '、' : ', '),
                      n: l.mentions,
                    })}{' '}
                    <ParagraphButtons numbers={l.paragraphs} />
                  </p>
                  {curator && (
                    <ProposeLink
                      document={source}
                      from={l.from}
                      to={l.to}
                      corroborates={l.corroborates}
                      paragraphs={l.paragraphs}
                    />
                  )}
                </li>
              ))}
            </ol>
            <Shown shown={suggestedLinks.nodes.length} total={suggestedLinks.totalCount} />
          </section>
        </>
      )}
    </section>
  );
}
