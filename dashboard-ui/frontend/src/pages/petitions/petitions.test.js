import { describe, expect, it } from 'vitest';
import {
  commandBody, deadlineText, duplicateOf, emptyForm, fieldErrors, isStale, listStateFromSearch, searchOfListState, sortParam,
  tableSort,
} from './petitions.js';

describe('the list state in the address', () => {
  it('reads the filter, page, size and order back as it wrote them', () => {
    const state = { filter: { status: 'FORWARDED', q: '停车 积水', source: 'HOTLINE_12345', ticketNumber: 'GD-0815',
      regionId: '150102', unitId: '', deputyId: '', overdue: 'true', from: '2026-01-01', to: '' }, page: 3, size: 50,
    sort: '-replyDueAt' };
    const search = searchOfListState(state);
    expect(search).toBe('?status=FORWARDED&q=%E5%81%9C%E8%BD%A6+%E7%A7%AF%E6%B0%B4&source=HOTLINE_12345'
      + '&ticketNumber=GD-0815&regionId=150102&overdue=true&from=2026-01-01&page=3&size=50&sort=-replyDueAt');
    expect(listStateFromSearch(search)).toEqual(state);
  });

  it('falls back to the first page of 20, newest first, for what it cannot read', () => {
    const state = listStateFromSearch('?page=x&size=7');
    expect(state.page).toBe(1);
    expect(state.size).toBe(20);
    expect(tableSort(state.sort)).toEqual({ prop: 'submittedAt', order: 'descending' });
  });

  it('turns the table sort into the API sort and back', () => {
    expect(sortParam({ prop: 'replyDueAt', order: 'descending' })).toBe('-replyDueAt');
    expect(sortParam({ prop: 'title', order: 'ascending' })).toBe('title');
    expect(sortParam({ prop: 'title', order: null })).toBe('');
    expect(tableSort('title')).toEqual({ prop: 'title', order: 'ascending' });
  });
});

describe('deadlines in words', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  it('says how long is left or how long overdue', () => {
    expect(deadlineText('2026-03-06T01:00:00Z', now)).toBe('剩余 5 天');
    expect(deadlineText('2026-03-01T03:30:00Z', now)).toBe('剩余 3 小时');
    expect(deadlineText('2026-02-27T00:00:00Z', now)).toBe('已逾期 2 天');
    expect(deadlineText(null, now)).toBe('');
    expect(deadlineText('2026-02-27T00:00:00Z', now, true)).toBe('');
  });
});

describe('action forms', () => {
  it('prefills the deputy or unit the account acts as', () => {
    expect(emptyForm('accept', { deputyId: 'd-1' })).toEqual({ deputyId: 'd-1', reason: '' });
    expect(emptyForm('reply', { unitId: 'u-1' })).toEqual({ unitId: 'u-1', reply: '' });
    expect(emptyForm('forward', null)).toEqual({ unitIds: [], replyDueAt: '', reason: '' });
  });

  it('sends no empty optional field', () => {
    expect(commandBody({ unitIds: ['u-1'], replyDueAt: '', reason: '' })).toEqual({ unitIds: ['u-1'] });
  });

  it('puts the server errors beside their fields', () => {
    const problem = { errors: [{ field: 'unitIds[1]', message: '承办单位不存在' },
      { field: 'petitioner.phone', message: '电话号码格式不正确' }] };
    expect(fieldErrors(problem)).toEqual({ unitIds: '承办单位不存在', 'petitioner.phone': '电话号码格式不正确' });
  });

  it('knows a stale version from another refusal', () => {
    expect(isStale({ status: 409, problem: { type: 'urn:luzhi:problem:stale-version' } })).toBe(true);
    expect(isStale({ status: 409, problem: { type: 'urn:luzhi:problem:refused' } })).toBe(false);
  });
});

describe('a 12345 ticket registered twice', () => {
  it('names the petition that holds the number from the problem, and nothing for other refusals', () => {
    expect(duplicateOf({ status: 409, existingId: 'p-9', existingTitle: '路灯不亮' }))
      .toEqual({ id: 'p-9', title: '路灯不亮' });
    expect(duplicateOf({ status: 409, detail: '记录刚被他人修改' })).toBeNull();
    expect(duplicateOf(undefined)).toBeNull();
  });
});
