// Gmail shows one snackbar at a time: a new notification (the sidebar's, the compose panel's or the
// page's own) replaces the one on screen, and each goes away by itself after a few seconds. The timer
// pauses while keyboard focus is inside the toast (its Dismiss button), so it cannot vanish mid-read.
import { h, icon } from './dom';

/** How long a notification stays; an error stays longer (it is usually longer to read). */
export const TOAST_MS = 4000;
export const ERROR_TOAST_MS = 10000;

let current: { el: HTMLElement; stop(): void } | null = null;

/** Removes the toast on screen, if any. */
export function dismissToast(): void {
  current?.stop();
  current?.el.remove();
  current = null;
}

/**
 * Shows `text` in `region` (a live region kept on the page, so screen readers announce it), replacing
 * whatever toast was showing anywhere on the page.
 */
export function showToast(region: HTMLElement, text: string, error = false): HTMLElement {
  dismissToast();
  const el = h(
    'div',
    { class: `toast${error ? ' toast-error' : ''}`, role: error ? 'alert' : undefined },
    h('span', { class: 'toast-text' }, text),
  );
  const close = () => {
    if (current?.el === el) dismissToast();
    else el.remove();
  };
  el.appendChild(
    h('button', { class: 'toast-close', 'aria-label': 'Dismiss', onclick: close }, icon('close', 16)),
  );
  let remaining = error ? ERROR_TOAST_MS : TOAST_MS;
  let started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(close, remaining);
  const pause = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    remaining = Math.max(1000, remaining - (Date.now() - started));
  };
  const resume = () => {
    if (timer !== undefined) return;
    started = Date.now();
    timer = setTimeout(close, remaining);
  };
  el.addEventListener('focusin', pause);
  el.addEventListener('focusout', resume);
  region.appendChild(el);
  current = { el, stop: () => clearTimeout(timer) };
  return el;
}
