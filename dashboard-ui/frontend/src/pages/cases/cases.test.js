import { describe, expect, it } from 'vitest';
import { downloadName, exportUrl, listStateInAddress } from './cases.js';

describe('a list export', () => {
  it('asks for the list with its filter and order, leaving out empty fields', () => {
    expect(exportUrl('/api/petitions/export.xlsx', {
      filter: { status: 'FORWARDED', q: '停车 积水', regionId: '', overdue: '' }, sort: '-replyDueAt',
    })).toBe('/api/petitions/export.xlsx?status=FORWARDED&q=%E5%81%9C%E8%BD%A6+%E7%A7%AF%E6%B0%B4&sort=-replyDueAt');
    expect(exportUrl('/api/ballots/export.xlsx', { filter: { q: '' }, sort: '' })).toBe('/api/ballots/export.xlsx');
  });

  it('saves the file under the name the server gives, the UTF-8 one first', () => {
    expect(downloadName('attachment; filename="=?UTF-8?Q?x?="; filename*=UTF-8\'\'%E6%B0%91%E6%84%8F%E8%AF%89%E6%B1%82-20261122-100000.xlsx'))
      .toBe('民意诉求-20261122-100000.xlsx');
    expect(downloadName('attachment; filename="list.xlsx"')).toBe('list.xlsx');
    expect(downloadName(null)).toBeNull();
  });
});

describe('the words of a list search in the address', () => {
  it('keeps q for a type that does not name it', () => {
    const inAddress = listStateInAddress(['status']);
    const state = inAddress.fromSearch('?status=OPEN&q=%E8%B7%AF%E7%81%AF');
    expect(state.filter).toEqual({ status: 'OPEN', q: '路灯' });
    expect(inAddress.toSearch(state)).toBe('?status=OPEN&q=%E8%B7%AF%E7%81%AF');
  });
});
