// The two tabs of an entity's page, Overview and History, as a WAI-ARIA tab list: ← and → (Home,
// End) move between the tabs, and only the chosen tab's panel is drawn.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLang } from '../i18n/context.ts';

const TABS = ['overview', 'history'] as const;
type Tab = (typeof TABS)[number];

export function EntityTabs(props: { label: string; overview: ReactNode; history: ReactNode }) {
  const { overview, history } = props;
  const { t } = useLang();
  const [tab, setTab] = useState<Tab>('overview');
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  function onKey(event: KeyboardEvent) {
    const i = TABS.indexOf(tab);
    const to =
      event.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!to) return;
    event.preventDefault();
    setTab(to);
    refs.current[to]?.focus();
  }
  return (
    <>
      <div role="tablist" className="tabs" aria-label={props.label} onKeyDown={onKey}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            data-testid={`tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(name === 'overview' ? 'tabOverview' : 'tabHistory')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'overview' ? overview : history}
      </div>
    </>
  );
}
