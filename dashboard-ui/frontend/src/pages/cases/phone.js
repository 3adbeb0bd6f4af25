/**
 * Whether the page is on a phone: narrower than PHONE_WIDTH (CSS pixels), where dialogs fill the screen and buttons
 * take the whole width. Follows the screen turning, as the CSS media queries of cases.css do at the same width.
 */
import { onScopeDispose, ref } from 'vue';

export const PHONE_WIDTH = 600;
export const PHONE_QUERY = `(max-width: ${PHONE_WIDTH - 1}px)`;

/** A ref that is true on a phone-sized screen; `media` is for tests (window.matchMedia by default). */
export function usePhone(media = globalThis.matchMedia?.bind(globalThis)) {
  const list = media?.(PHONE_QUERY);
  const phone = ref(Boolean(list?.matches));
  if (list?.addEventListener) {
    const changed = (event) => { phone.value = event.matches; };
    list.addEventListener('change', changed);
    onScopeDispose(() => list.removeEventListener('change', changed));
  }
  return phone;
}
