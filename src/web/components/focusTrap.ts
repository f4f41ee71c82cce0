/**
 * Keeps Tab inside a modal dialog. A native modal dialog already makes the page behind it inert,
 * but lets Tab leave for the browser's own controls; wrapping round keeps keyboard users in the
 * dialog until they close it.
 */
import type { KeyboardEvent } from 'react';

const tabbable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), ' +
  'select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function wrapTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const elements = [...event.currentTarget.querySelectorAll<HTMLElement>(tabbable)].filter(
    (element) => element.getClientRects().length > 0,
  );
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
