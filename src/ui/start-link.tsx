import type { KeyboardEvent } from 'react';
import { hrefOf, useGuide } from '../state';
import { followInPlace } from './page-link';

/** A button, as a person presses it, that is also a link: it starts the guide with no script too. */
function pressWithSpace(event: KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== ' ') return;
  event.preventDefault();
  event.currentTarget.click();
}

/** GOV.UK's start button: a link into the guide's first question (`/?v=1&lang=…&step=where`). */
export function StartLink({ label }: { label: string }) {
  const lang = useGuide((s) => s.lang);
  const start = useGuide((s) => s.start);
  return (
    <a
      href={hrefOf({ answers: {}, lang, step: 'where' })}
      role="button"
      draggable={false}
      className="button button-start"
      onClick={followInPlace(start)}
      onKeyDown={pressWithSpace}
    >
      {label}
      <svg aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
  );
}
