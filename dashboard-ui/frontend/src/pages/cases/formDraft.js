/**
 * An unsent form kept in the tab's sessionStorage, per case and action (or per registration form), so that a reload
 * or a closed dialog loses nothing typed; cleared once the server accepted the form. A petitioner's or a party's
 * name, phone and ID number are never kept: they are personal data, which lives in the command side's vault alone
 * and must not linger in the browser (the form names those fields in `skip`, with any field
 * it fills from the account itself).
 */

const PREFIX = 'luzhi.form-draft:';

function storageOr(storage) {
  try {
    return storage ?? globalThis.sessionStorage ?? null;
  } catch {
    // A browser that refuses storage (privacy settings): the form simply is not kept.
    return null;
  }
}

/**
 * The storage key of one form: `('/api/petitions', 'p-1', 'forward')` ->
 * `luzhi.form-draft:/api/petitions/p-1/forward`.
 */
export function draftKey(...parts) {
  return PREFIX + parts.filter((part) => part !== undefined && part !== null && part !== '').join('/');
}

/**
 * The fresh values with the kept draft laid over them: only the fields the form has, of the same type (an array
 * stays an array), never a skipped one.
 */
export function restoreDraft(key, fresh, { skip = [], storage } = {}) {
  const store = storageOr(storage);
  let kept = null;
  try {
    kept = JSON.parse(store?.getItem(key) ?? 'null');
  } catch {
    kept = null;
  }
  const values = { ...fresh };
  if (!kept || typeof kept !== 'object') return values;
  for (const [name, value] of Object.entries(kept)) {
    if (!(name in fresh) || skip.includes(name)) continue;
    const unlike = Array.isArray(fresh[name]) !== Array.isArray(value) || typeof fresh[name] !== typeof value;
    // A field that opens empty (null) takes whatever was kept.
    if (fresh[name] !== null && unlike) continue;
    values[name] = value;
  }
  return values;
}

/** Whether the values hold anything typed or chosen beyond the fresh form's. */
function differs(values, fresh) {
  return Object.keys(values).some((name) => JSON.stringify(values[name]) !== JSON.stringify(fresh[name]));
}

/** Keeps the form's values, less the skipped fields; a form as fresh as it opened keeps nothing. */
export function saveDraft(key, values, { skip = [], fresh = null, storage } = {}) {
  const store = storageOr(storage);
  if (!store) return;
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !skip.includes(name)));
  try {
    if (fresh && !differs(kept, fresh)) store.removeItem(key);
    else store.setItem(key, JSON.stringify(kept));
  } catch {
    // A full storage keeps the form only on screen.
  }
}

/** Forgets the form's draft: the server accepted it. */
export function clearDraft(key, { storage } = {}) {
  try {
    storageOr(storage)?.removeItem(key);
  } catch {
    // Nothing kept.
  }
}
