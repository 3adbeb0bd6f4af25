import { ref } from 'vue';

/**
 * One read a page shows: its latest answer, whether it is loading and the message to show in its place when it
 * failed. A failed read clears the answer, so that figures of an earlier choice never stand under a new one; and
 * only the last read started may set the answer, so that a slow answer to an earlier choice cannot replace it.
 *
 * @param {(...args) => Promise<any>} read the request, made anew on each `load(...args)` with its arguments
 */
export function useLoad(read) {
  const data = ref(null);
  const loading = ref(false);
  const error = ref('');
  let latest = 0;

  async function load(...args) {
    const mine = ++latest;
    loading.value = true;
    error.value = '';
    try {
      const answer = await read(...args);
      if (mine === latest) data.value = answer;
    } catch (e) {
      if (mine === latest) {
        data.value = null;
        error.value = e.message;
      }
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  return { data, loading, error, load };
}
