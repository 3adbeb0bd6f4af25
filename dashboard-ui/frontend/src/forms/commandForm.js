/**
 * What every work-page form that sends a command does on 提交, in one place: check the fields, send once at a time,
 * and put the server's refusal where the user looks: each field's message beside that field (RFC 9457 `errors`),
 * the whole message above the form. The form's own code says only what it sends and what follows success.
 */
import { reactive, ref } from 'vue';

/**
 * Per-field messages from an RFC 9457 problem body's `errors`: `unitIds[1]` belongs to the field `unitIds`, a
 * nested field keeps its path (`petitioner.phone`); the first message of a field wins.
 */
export function fieldErrors(problem) {
  const errors = {};
  for (const error of problem?.errors ?? []) {
    const field = String(error.field ?? '').replace(/\[\d+\]/g, '');
    if (field && !errors[field]) errors[field] = error.message;
  }
  return errors;
}

/**
 * A form's state and its submit. `errorsOf(error)` maps a refusal to the form's fields where the command names them
 * otherwise (default: the problem's fields as they are).
 */
export function useCommandForm({ errorsOf = (error) => fieldErrors(error.problem) } = {}) {
  const form = ref(null);
  const errors = reactive({});
  const failure = ref('');
  const sending = ref(false);

  /**
   * Validates the form, then runs `send` unless a send is still under way (a second press of 提交 waits for the
   * first). `refused(error)` may take a refusal itself (a stale version) by answering true.
   */
  async function submit(send, { refused = () => false } = {}) {
    if (sending.value) return;
    try {
      await form.value.validate();
    } catch {
      return;
    }
    sending.value = true;
    failure.value = '';
    for (const name of Object.keys(errors)) delete errors[name];
    try {
      await send();
    } catch (error) {
      if (refused(error)) return;
      Object.assign(errors, errorsOf(error));
      failure.value = error.message;
    } finally {
      sending.value = false;
    }
  }

  return { form, errors, failure, sending, submit };
}
