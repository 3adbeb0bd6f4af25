/**
 * A form's values that survive a reload (formDraft.js): restored when the form opens, kept on every change,
 * cleared by `clear()` once the server accepted the form.
 */
import { reactive, watch } from 'vue';
import { clearDraft, restoreDraft, saveDraft } from './formDraft.js';

export function useFormDraft(key, fresh, { skip = [] } = {}) {
  const values = reactive(restoreDraft(key, fresh, { skip }));
  const stop = watch(values, () => saveDraft(key, values, { skip, fresh }), { deep: true });
  function clear() {
    stop();
    clearDraft(key);
  }
  return { values, clear };
}
