/**
 * The logic of the citizens' intake page (扫码反映问题), apart from the screen: what the link says, what is
 * sent, how the server's answers and problems become what the citizen reads.
 */

import { formatDay, formatClock } from '../../format/time.js';
import { ApiError, getJson, postJson } from '../../api/http.js';

export const TIME_ZONE = 'Asia/Shanghai';

/** The form's fields, in the order shown, with their labels. */
export const FIELDS = [
  { name: 'name', label: '姓名', required: true, maxLength: 50 },
  { name: 'phone', label: '手机号', required: true, maxLength: 11 },
  { name: 'idNumber', label: '身份证号（选填）', required: false, maxLength: 18 },
  { name: 'title', label: '标题', required: true, maxLength: 100 },
  { name: 'content', label: '内容', required: true, maxLength: 5000 },
];

/** The three ratings a citizen can give, as the API names them. */
export const RATINGS = [
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'UNSATISFIED', label: '不满意' },
];

/**
 * What the page was opened for: a scanned code (`?t=`), a receipt to look up (`?receipt=`), or nothing yet.
 * A token or code that cannot be one is treated as absent rather than sent.
 */
export function readLink(search) {
  const params = new URLSearchParams(search);
  const typedToken = params.get('t') ?? '';
  const token = /^[A-Za-z0-9_-]{8,64}$/.test(typedToken) ? typedToken : null;
  const receipt = (params.get('receipt') ?? '').trim() || null;
  return { token, receipt, view: receipt || !token ? 'track' : 'submit' };
}

/** An empty form. */
export function emptyForm() {
  return Object.fromEntries(FIELDS.map((field) => [field.name, '']));
}

/** The body of the submission: trimmed values, and no ID number when none was typed. */
export function submission(form) {
  const body = {};
  for (const { name } of FIELDS) {
    const value = (form[name] ?? '').trim();
    if (value || name !== 'idNumber') {
      body[name] = value;
    }
  }
  return body;
}

/**
 * Field errors of a 400 problem body as `{ field: message }`; a message without a field (or for a field the form
 * does not have) goes under `''`, to be shown above the form.
 */
export function fieldErrors(problem) {
  const errors = {};
  const known = new Set(FIELDS.map((field) => field.name));
  for (const error of problem?.errors ?? []) {
    const field = known.has(error?.field) ? error.field : '';
    errors[field] = errors[field] ? `${errors[field]}；${error.message}` : error.message;
  }
  return errors;
}

/** A receipt code as typed (lower case, spaces, no hyphens) in its printed form: groups of four. */
export function formatReceiptCode(typed) {
  const compact = (typed ?? '').replace(/[\s-]/g, '').toUpperCase();
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}

/** '2026-11-22T05:30:00Z' -> '2026-11-22 13:30' in Beijing time. */
export function formatMoment(value) {
  return `${formatDay(value, TIME_ZONE)} ${formatClock(value, TIME_ZONE).slice(0, 5)}`;
}

/** The header that makes a retried submission safe: the server answers a key's first submission once more. */
export const SUBMISSION_KEY_HEADER = 'Idempotency-Key';
const KEY_STORAGE_PREFIX = 'luzhi.intake.submission-key.';

/** A fresh submission key: 192 random bits, base64url (32 characters). `random` is for tests. */
export function newSubmissionKey(random = globalThis.crypto) {
  const bytes = new Uint8Array(24);
  random.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function defaultStorage() {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // a browser that refuses storage altogether
  }
}

/**
 * One submission key per QR token, kept in `sessionStorage` so that a reload or a retry of the same form sends the
 * same key, and forgotten once the submission succeeded so that the next form gets a new one. Where the browser
 * refuses storage, the key lives as long as the page.
 */
export function submissionKeys(storage = defaultStorage(), random = globalThis.crypto) {
  const inMemory = new Map();
  const read = (name) => {
    try {
      return storage?.getItem(name) ?? inMemory.get(name) ?? null;
    } catch {
      return inMemory.get(name) ?? null;
    }
  };
  const write = (name, key) => {
    inMemory.set(name, key);
    try {
      storage?.setItem(name, key);
    } catch {
      // kept in memory only
    }
  };
  return {
    /** The token's key, created on first use. */
    keyFor(token) {
      const name = KEY_STORAGE_PREFIX + token;
      const stored = read(name);
      if (stored && /^[A-Za-z0-9_-]{22,128}$/.test(stored)) {
        return stored;
      }
      const key = newSubmissionKey(random);
      write(name, key);
      return key;
    },
    /** After a success: the next form for the token gets a new key. */
    forget(token) {
      const name = KEY_STORAGE_PREFIX + token;
      inMemory.delete(name);
      try {
        storage?.removeItem(name);
      } catch {
        // nothing stored
      }
    },
  };
}

/** Said when a submission may have arrived but its answer did not: pressing 提交 again is safe. */
export const RETRY_MESSAGE = '网络不稳定，未能确认是否提交成功。请不要修改内容，直接再次点击“提交”，同一份诉求不会重复提交。';
/** Said when the key was already used for a different text; the next press submits a new petition. */
export const KEY_USED_MESSAGE = '此前用这份表单提交过内容不同的诉求，那份诉求可能已提交成功。再次点击“提交”将作为一份新的诉求提交。';
/** The same two for an opinion on a draft regulation. */
export const OPINION_RETRY_MESSAGE = '网络不稳定，未能确认意见是否提交成功。请不要修改内容，直接再次点击“提交意见”，同一条意见不会重复登记。';
export const OPINION_KEY_USED_MESSAGE = '此前用这份表单提交过内容不同的意见，那条意见可能已登记。再次点击“提交意见”将作为一条新的意见提交。';

/**
 * Whether a failed submission may have reached the server: no answer (network), an answer that broke off, or a
 * server error. Such a submission is retried with the same key.
 */
export function outcomeUnknown(error) {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/** Whether the server refused the key because it was used for another submission (422 naming the header). */
export function keyUsedForAnother(error) {
  return error?.status === 422
    && (error.problem?.errors ?? []).some((fieldError) => fieldError?.field === SUBMISSION_KEY_HEADER);
}

/** A short text for an error the citizen should see, whatever it is. */
export function messageOf(error) {
  if (error?.status === 429) {
    return error.message || '请求过于频繁，请稍后再试';
  }
  return error?.message || '出现问题，请稍后再试';
}

/**
 * Sends a form once per key: `send(key)` goes with the key named `name`, which is forgotten after a success or when
 * the server says it was used for another submission, and kept after an unknown outcome, so that pressing again is
 * a retry. `messages.retry` and `messages.keyUsed` say those two; any other refusal is shown by field. The answer,
 * or the errors to show (by field, '' for the form as a whole).
 */
export async function sendOnce(keys, name, send, messages) {
  try {
    const answer = await send(keys.keyFor(name));
    keys.forget(name);
    return { answer };
  } catch (error) {
    if (outcomeUnknown(error)) {
      return { errors: { '': messages.retry } };
    }
    if (keyUsedForAnother(error)) {
      keys.forget(name);
      return { errors: { '': messages.keyUsed } };
    }
    const byField = fieldErrors(error.problem);
    return { errors: Object.keys(byField).length ? byField : { '': messageOf(error) } };
  }
}

/** An opinion on a draft regulation as the public API takes it: optional fields left out when blank. */
export function opinionSubmission(form) {
  const trimmed = (value) => (value?.trim() ? value.trim() : null);
  return { name: trimmed(form.name), phone: trimmed(form.phone), article: trimmed(form.article),
    content: trimmed(form.content) };
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** A rota day '2026-12-08' as the page prints it: '12月8日（周二）'. */
export function dutyDayLabel(date) {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${month}月${day}日（周${WEEKDAYS[weekday]}）`;
}

/** The public API as the page uses it; `fetchImpl` is for tests. */
export function intakeApi(fetchImpl) {
  const options = fetchImpl ? { fetchImpl } : {};
  const code = (receipt) => encodeURIComponent(formatReceiptCode(receipt));
  return {
    addressee: (token) => getJson(`/api/public/intake/${encodeURIComponent(token)}`, {}, options),
    submit: (token, form, key) => postJson(`/api/public/intake/${encodeURIComponent(token)}/petitions`,
      submission(form), { ...options, headers: key ? { [SUBMISSION_KEY_HEADER]: key } : {} }),
    receipt: (receipt) => getJson(`/api/public/receipts/${code(receipt)}`, {}, options),
    rate: (receipt, satisfaction, comment) => postJson(`/api/public/receipts/${code(receipt)}/rating`,
      { satisfaction, comment: comment?.trim() ? comment.trim() : null }, options),
    withdraw: (receipt, reason) => postJson(`/api/public/receipts/${code(receipt)}/withdraw`,
      { reason: reason?.trim() ? reason.trim() : null }, options),
    dutyRota: (token) => getJson(`/api/public/intake/${encodeURIComponent(token)}/duty-rota`, {}, options),
    drafts: (token) => getJson(`/api/public/intake/${encodeURIComponent(token)}/drafts`, {}, options),
    opinion: (token, draftId, form, key) => postJson(`/api/public/intake/${encodeURIComponent(token)}/drafts/${
      encodeURIComponent(draftId)}/opinions`, opinionSubmission(form),
    { ...options, headers: key ? { [SUBMISSION_KEY_HEADER]: key } : {} }),
  };
}
