/**
 * A suggestion or bill handed in on paper, registered by a clerk on the lead deputy's behalf. The command API knows
 * it as the deputies' own three steps (shared-events cn.luzhi.events.suggestion), each open to a clerk for any
 * deputy: draft it in the lead deputy's name (DraftSuggestion), add each co-signer who signed the paper
 * (CoSignSuggestion), and submit it (SubmitSuggestion), since a paper handed in is already signed. Every event
 * records the clerk as the one who acted (its metadata) and the deputies by id in its payload.
 *
 * A step that fails leaves the earlier ones done: `progress` remembers them, so pressing 提交 again goes on from
 * there, and each step keeps its own Idempotency-Key, so a step whose answer was lost is not done twice.
 */
import { commandBody, fieldErrors, newIdempotencyKey, postCommand } from '../cases/cases.js';
import { SUGGESTIONS } from './suggestions.js';

/** The fields of the draft itself: what cannot change once the draft is registered. */
export const DRAFT_FIELDS = ['kind', 'leadDeputyId', 'regionId', 'title', 'content', 'procuratorateReference'];

/** A fresh form. */
export function paperForm() {
  return {
    kind: 'SUGGESTION', leadDeputyId: '', coSignerIds: [], regionId: '', sessionPeriod: 'RECESS', title: '',
    content: '', procuratorateReference: '',
  };
}

/** Nothing done yet: no draft, no co-signer, a key per step made when the step is first tried. */
export function freshProgress() {
  return { id: '', version: null, coSigned: [], keys: {} };
}

function keyOf(progress, step) {
  progress.keys[step] ??= newIdempotencyKey();
  return progress.keys[step];
}

async function step(name, run) {
  try {
    return await run();
  } catch (error) {
    error.step = name;
    throw error;
  }
}

/** Drafts, co-signs and submits what is not done yet; answers the suggestion's id. `send` is for tests. */
export async function handInOnPaper(values, progress, send = postCommand) {
  if (!progress.id) {
    const drafted = await step('draft', () => send(SUGGESTIONS,
      commandBody(Object.fromEntries(DRAFT_FIELDS.map((name) => [name, values[name]]))),
      { key: keyOf(progress, 'draft') }));
    progress.id = drafted.aggregateId;
    progress.version = drafted.version;
  }
  const path = `${SUGGESTIONS}/${encodeURIComponent(progress.id)}`;
  for (const deputyId of values.coSignerIds ?? []) {
    if (progress.coSigned.includes(deputyId)) continue;
    const signed = await step('co-sign', () => send(`${path}/co-sign`, { deputyId },
      { key: keyOf(progress, `co-sign:${deputyId}`), version: progress.version }));
    progress.version = signed.version;
    progress.coSigned.push(deputyId);
  }
  await step('submit', () => send(`${path}/submit`, { sessionPeriod: values.sessionPeriod },
    { key: keyOf(progress, 'submit'), version: progress.version }));
  return progress.id;
}

/** The server's field errors as the form's fields: a co-signer's refusal names `deputyId`, the form `coSignerIds`. */
export function paperFieldErrors(error) {
  const errors = fieldErrors(error?.problem);
  if (error?.step === 'co-sign' && errors.deputyId) {
    errors.coSignerIds = errors.deputyId;
    delete errors.deputyId;
  }
  return errors;
}
