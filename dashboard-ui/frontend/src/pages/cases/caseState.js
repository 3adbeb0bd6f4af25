/**
 * The state of one case page, for any case type: the details (a read model), the allowed actions (read from the
 * event store, with the version for `If-Match`) and the timeline. The read models follow the event store a moment
 * later, so after an action, or for a case registered a moment ago, the page waits until both tell the same state.
 */
import { ref } from 'vue';
import { fetchHistory } from './cases.js';

// Up to 20 s: far beyond the projections' usual lag, short enough that a broken projection shows.
const CATCH_UP_TRIES = 40;
const CATCH_UP_MS = 500;

/**
 * `fetchCase(id)` and `fetchActions(id)` are the type's details and allowed-actions answers; `notFound` is the
 * message for a case that does not exist or is out of the account's scope.
 */
export function caseState(caseId, { fetchCase, fetchActions, noId, notFound }) {
  const details = ref(null);
  const actions = ref(null);
  const history = ref(null);
  const historyError = ref('');
  const error = ref('');
  // A case registered a moment ago that the read model has yet to show: the event store knows it already.
  const catchingUp = ref(false);

  // The actions answer comes from the event store: when it knows the case, the details are only behind.
  async function knownToTheEventStore() {
    try {
      actions.value = await fetchActions(caseId);
      return true;
    } catch {
      return false;
    }
  }

  async function load() {
    error.value = '';
    if (!caseId) {
      error.value = noId;
      return;
    }
    try {
      details.value = await fetchCase(caseId);
    } catch (e) {
      details.value = null;
      catchingUp.value = e.status === 404 && await knownToTheEventStore();
      if (!catchingUp.value) {
        error.value = e.status === 404 ? notFound : e.message;
      }
      return;
    }
    catchingUp.value = false;
    // Roles that may not act (leader, auditor) or not read the trail (unit, deputy) are answered 403: not an error.
    await Promise.all([
      fetchActions(caseId).then((answer) => { actions.value = answer; }, () => { actions.value = null; }),
      fetchHistory(caseId).then((answer) => { history.value = answer; historyError.value = ''; },
        (e) => { history.value = null; historyError.value = e.status === 403 ? '当前角色不能查看办理过程' : e.message; }),
    ]);
  }

  /**
   * `seenIndex`: the details' `lastGlobalIndex` before an action. An action that leaves the status as it was (a
   * candidate collected, progress recorded) shows once the read model applied an event newer than that.
   */
  async function loadCaughtUp(seenIndex) {
    await load();
    const unchanged = () => typeof seenIndex === 'number' && details.value
      && !(details.value.lastGlobalIndex > seenIndex);
    const behind = () => catchingUp.value || unchanged()
      || (details.value && actions.value && details.value.status !== actions.value.status);
    for (let tries = 0; tries < CATCH_UP_TRIES && behind(); tries++) {
      await new Promise((resolve) => { setTimeout(resolve, CATCH_UP_MS); });
      await load();
    }
  }

  return { details, actions, history, historyError, error, catchingUp, load, loadCaughtUp };
}
