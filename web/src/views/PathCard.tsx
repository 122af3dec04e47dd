// One path: its chain of entities with each step in its stated direction (a step not yet in
// place says so), the sentence that explains it, and each step's sources.
import { Fragment } from 'react';
import { useLang } from '../i18n/context.ts';
import { relationshipLabel, statusLabel } from '../i18n/relationships.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { SourceList } from '../components/SourceList.tsx';
import type { CollaborationPathsQuery } from '../generated/graphql.ts';

export type Path = CollaborationPathsQuery['collaborationPaths'][number];

export function PathCard({ path }: { path: Path }) {
  const { lang, t } = useLang();
  return (
    <li className="path" data-testid="path">
      <p className="chain" data-testid="path-chain">
        <span className="hops">{t('pathLength', { n: path.length })}</span>
        {path.nodes.map((node, i) => {
          const step = path.relationships[i];
          // relationships[i] links nodes[i] and nodes[i + 1], stated in either direction.
          const forward = step?.from.id === node.id;
          const label = step
            ? relationshipLabel(step.type, lang) +
              (step.status === 'ACTUAL' ? '' : `（${statusLabel(step.status, lang)}）`)
            : '';
          return (
            <Fragment key={node.id}>
              <EntityLink entity={node} />
              {step && (
                <span
                  className={`step ${step.status.toLowerCase()}`}
                  data-direction={forward ? 'forward' : 'backward'}
                >
                  {forward ? ` —${label}→ ` : ` ←${label}— `}
                </span>
              )}
            </Fragment>
          );
        })}
      </p>
      <p className="explanation" data-testid="path-explanation">
        {lang === 'en' ? path.explanationEn : path.explanation}
      </p>
      <details>
        <summary>{t('sources')}</summary>
        <SourceList sources={path.relationships.flatMap((r) => r.sources)} />
      </details>
    </li>
  );
}
