import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, restoreDraft, saveDraft } from './formDraft.js';

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    items,
  };
}

const FRESH = { regionId: '', unitIds: [], name: '', phone: '', urgent: false, version: null };

describe('form drafts', () => {
  it('keys a draft by case and action', () => {
    expect(draftKey('/api/petitions', 'p-1', 'forward')).toBe('luzhi.form-draft:/api/petitions/p-1/forward');
    expect(draftKey('/api/suggestions', '', 'paper')).toBe('luzhi.form-draft:/api/suggestions/paper');
  });

  it('gives back what was typed, without the personal fields', () => {
    const storage = memoryStorage();
    const key = draftKey('/api/petitions', 'register');
    saveDraft(key, { ...FRESH, regionId: 'r-1', unitIds: ['u-1'], name: '赵某某', phone: '13812345678',
      version: 3 }, { skip: ['name', 'phone'], fresh: FRESH, storage });
    expect(storage.getItem(key)).not.toContain('赵某某');
    expect(storage.getItem(key)).not.toContain('13812345678');
    expect(restoreDraft(key, FRESH, { skip: ['name', 'phone'], storage }))
      .toEqual({ ...FRESH, regionId: 'r-1', unitIds: ['u-1'], version: 3 });
  });

  it('never restores a skipped field, a field the form lacks or a value of another type', () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify({ name: '张三', other: 'x', unitIds: 'u-1', urgent: true }));
    expect(restoreDraft('k', FRESH, { skip: ['name'], storage })).toEqual({ ...FRESH, urgent: true });
    storage.setItem('k', '{not json');
    expect(restoreDraft('k', FRESH, { storage })).toEqual(FRESH);
  });

  it('keeps nothing for an untouched form, and forgets a sent one', () => {
    const storage = memoryStorage();
    saveDraft('k', { ...FRESH, name: '赵某某' }, { skip: ['name'], fresh: FRESH, storage });
    expect(storage.items.size).toBe(0);
    saveDraft('k', { ...FRESH, regionId: 'r-1' }, { fresh: FRESH, storage });
    expect(storage.items.size).toBe(1);
    clearDraft('k', { storage });
    expect(restoreDraft('k', FRESH, { storage })).toEqual(FRESH);
  });
});
