import { afterEach, describe, expect, it } from 'vitest';
import { caseList } from './caseList.js';
import { listStateInAddress } from './cases.js';

const IN_ADDRESS = listStateInAddress(['status', 'regionId'], { defaultSort: '-referredAt' });

/** A list whose API answers every request at once, keeping what it was asked. */
function listAt(search) {
  window.history.replaceState(null, '', `/mediation-cases.html${search}`);
  const asked = [];
  const list = caseList(IN_ADDRESS, async (listState) => {
    asked.push(listState);
    return { items: [], totalElements: 0 };
  });
  return { list, asked };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a case list page', () => {
  it('shows the order the address asks for, or else the list API\'s own', () => {
    expect(listAt('?sort=status').list.defaultSort).toEqual({ prop: 'status', order: 'ascending' });
    expect(listAt('').list.defaultSort).toEqual({ prop: 'referredAt', order: 'descending' });
  });

  it('asks the API for the column the table sorts by, from the first page, and keeps it in the address', async () => {
    const { list, asked } = listAt('?status=MEDIATING&page=3');
    await list.onSort({ prop: 'mediationDueAt', order: 'descending' });
    expect(asked.at(-1)).toMatchObject({ filter: { status: 'MEDIATING', q: '' }, page: 1, sort: '-mediationDueAt' });
    expect(window.location.search).toBe('?status=MEDIATING&sort=-mediationDueAt');

    await list.onSort({ prop: 'mediationDueAt', order: null });
    expect(asked.at(-1).sort).toBe('');
    expect(window.location.search).toBe('?status=MEDIATING');
  });

  it('exports the filter as the form shows it, in the order the table shows', async () => {
    const { list } = listAt('?regionId=150102&sort=-referredAt');
    list.filter.q = '3f2a 裁定';
    expect(list.exportAddress('/api/mediation-cases/export.xlsx')).toBe('/api/mediation-cases/export.xlsx'
      + '?regionId=150102&q=3f2a+%E8%A3%81%E5%AE%9A&sort=-referredAt');
    list.reset();
    expect(list.exportAddress('/api/mediation-cases/export.xlsx')).toBe(
      '/api/mediation-cases/export.xlsx?sort=-referredAt');
  });
});
