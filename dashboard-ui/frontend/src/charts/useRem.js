/** The root font size as a reactive value, refreshed when the window is resized (the CSS sizes it by viewport). */

import { onBeforeUnmount, onMounted, ref } from 'vue';
import { rootFontSize } from './theme.js';

export function useRem() {
  const rem = ref(rootFontSize());
  const update = () => {
    rem.value = rootFontSize();
  };
  onMounted(() => globalThis.addEventListener('resize', update));
  onBeforeUnmount(() => globalThis.removeEventListener('resize', update));
  return rem;
}
