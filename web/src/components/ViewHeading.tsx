// Each view's h1. After a change of view the focus would fall to <body>, and a screen reader
// would read nothing; instead the next heading to appear takes it (once the view has its data:
// an entity's name comes with the entity), so reading goes on from the new view's name. The
// skip link in the header moves the focus here too. The heading also names the browser tab.
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLang } from '../i18n/context.ts';

let pending = false;

/** The next ViewHeading to render takes the focus. */
export const focusNextHeading = (): void => {
  pending = true;
};

export function ViewHeading(props: { children: ReactNode; title: string; testId?: string }) {
  const site = useLang().t('title');
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!pending || !ref.current) return;
    pending = false;
    ref.current.focus({ preventScroll: false });
  });
  useEffect(() => {
    document.title = `${props.title} · ${site}`;
  }, [props.title, site]);
  return (
    <h1 ref={ref} tabIndex={-1} className="view-heading" data-testid={props.testId}>
      {props.children}
    </h1>
  );
}

/** Moves the focus to the current view's heading (the skip link). */
export function focusViewHeading(): void {
  document.querySelector<HTMLElement>('main h1')?.focus();
}
