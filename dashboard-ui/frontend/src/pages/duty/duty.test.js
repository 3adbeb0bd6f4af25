import { describe, expect, it } from 'vitest';
import {
  ACTION_FORMS, askedAction, checkInCodeUrl, howRecorded, mayAttend, matchesWords, pageOf, shapeCommand,
} from './duty.js';

describe('duty activity pages', () => {
  const activities = [
    { activityId: 'a-1', title: '城关镇食品安全视察', place: '城关镇农贸市场' },
    { activityId: 'a-2', title: '代表学习培训', place: '区人大会议室' },
    { activityId: 'a-3', title: '道路交通安全法执法检查', place: '城关镇' },
  ];

  it('should open the check-in only for the check-in code\'s link', () => {
    expect(askedAction(new URLSearchParams('id=a-1&checkin=1'))).toBe('check-in');
    expect(askedAction(new URLSearchParams('id=a-1'))).toBe('');
    expect(askedAction(new URLSearchParams('id=a-1&checkin=close'))).toBe('');
    expect(checkInCodeUrl('a 1')).toBe('/api/duty-activities/a%201/qr.png?size=6');
  });

  it('should find the words in the title or the place, every word', () => {
    expect(matchesWords(activities[0], '视察 农贸')).toBe(true);
    expect(matchesWords(activities[0], '视察 培训')).toBe(false);
    expect(matchesWords(activities[1], '')).toBe(true);
  });

  it('should answer one page of the matching activities with their count', () => {
    expect(pageOf(activities, { filter: { q: '城关镇' }, page: 1, size: 1 }))
      .toEqual({ items: [activities[0]], totalElements: 2 });
    expect(pageOf(activities, { filter: { q: '城关镇' }, page: 2, size: 1 }).items).toEqual([activities[2]]);
  });

  it('should offer only invited deputies for the roll call unless the activity is open to all', () => {
    const activity = { openToAll: false, attendance: [
      { deputyId: 'd-1', invited: true }, { deputyId: 'd-2', invited: false },
    ] };
    expect(mayAttend({ deputyId: 'd-1' }, activity)).toBe(true);
    expect(mayAttend({ deputyId: 'd-2' }, activity)).toBe(false);
    expect(mayAttend({ deputyId: 'd-3' }, { ...activity, openToAll: true })).toBe(true);
    expect(ACTION_FORMS['record-attendance'][0].only).toBe(mayAttend);
  });

  it('should tell a check-in from the clerk\'s roll call', () => {
    expect(howRecorded({ status: 'PRESENT', checkedInAt: '2026-12-07T02:00:00Z' })).toBe('扫码签到');
    expect(howRecorded({ status: 'ON_LEAVE', checkedInAt: null })).toBe('点名');
    expect(howRecorded({ status: null })).toBe('—');
  });

  it('should name an empty list of invited deputies when scheduling', () => {
    expect(shapeCommand({ title: '培训', openToAll: true })).toEqual({ invitedDeputyIds: [], title: '培训', openToAll: true });
    expect(shapeCommand({ title: '视察', invitedDeputyIds: ['d-1'] }).invitedDeputyIds).toEqual(['d-1']);
    expect(shapeCommand({ reason: '天气' })).toEqual({ reason: '天气' });
  });
});
