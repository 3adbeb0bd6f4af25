/**
 * The 待办 page's own part: which case types a supervisor can urge (督办) from the list, with the type's allowed-
 * actions answer and urge form (the case pages' own, ../petitions and ../suggestions), and waiting until the list
 * shows an urge that was sent. Whether an urge is allowed now is the server's answer, never decided here.
 */
import { ACTION_FORMS as PETITION_FORMS, PETITIONS, fetchActions as petitionActions } from '../petitions/petitions.js';
import {
  ACTION_FORMS as SUGGESTION_FORMS, SUGGESTIONS, fetchActions as suggestionActions,
} from '../suggestions/suggestions.js';

export const URGE = 'urge';

/** The case types with an urge route (docs/roles.md), as the generic action form wants them. */
export const URGE_TYPES = Object.freeze({
  PETITION: { path: PETITIONS, forms: PETITION_FORMS, fetchActions: petitionActions },
  SUGGESTION: { path: SUGGESTIONS, forms: SUGGESTION_FORMS, fetchActions: suggestionActions },
});

/** Whether a row offers 督办: a deadline row (it counts urges) of a type that has an urge route. */
export function urgeable(item) {
  return Number.isInteger(item?.urgeCount) && Boolean(URGE_TYPES[item.caseType]);
}

/** The urge in an allowed-actions answer, or null when the answer has none. */
export function urgeAction(answer) {
  return answer?.actions?.find((action) => action.action === URGE) ?? null;
}

/** The item of `caseId` in any group of the list (the first, the most urgent, when it stands in two). */
export function itemOf(list, caseId) {
  for (const group of list?.groups ?? []) {
    const item = group.items.find((candidate) => candidate.caseId === caseId);
    if (item) return item;
  }
  return null;
}

/** Whether the list shows more urges of `caseId` than `before` (or no longer shows the case at all). */
export function urgeShown(list, caseId, before) {
  const item = itemOf(list, caseId);
  return !item || (item.urgeCount ?? 0) > before;
}

// Up to 20 s: far beyond the projections' usual lag, short enough that a broken projection shows.
const TRIES = 40;
const PAUSE_MS = 500;

/**
 * Fetches the list again (`refresh()` answers it) until it shows the urge; the read model follows the command a
 * moment later, and the live notice may come before the supervision list has it.
 */
export async function awaitUrged(caseId, before, refresh, pause = (ms) => new Promise((r) => { setTimeout(r, ms); })) {
  for (let tries = 0; tries < TRIES; tries++) {
    if (urgeShown(await refresh(), caseId, before)) return true;
    await pause(PAUSE_MS);
  }
  return false;
}
