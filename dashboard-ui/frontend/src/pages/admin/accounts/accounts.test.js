import { describe, expect, it } from 'vitest';
import { actionsOf, linkField, linkName, linkOptions, roleBody, statusTags } from './accounts.js';

describe('account administration', () => {
  it('links each role to what docs/roles.md says', () => {
    expect(linkField('DEPUTY')).toBe('deputyId');
    expect(linkField('UNIT')).toBe('unitId');
    expect(linkField('LEADER')).toBe('regionId');
    expect(linkField('CLERK')).toBeNull();
  });

  it('sends only the link the role uses', () => {
    expect(roleBody({ role: 'UNIT', link: 'u-city', reason: 'r' })).toEqual({ role: 'UNIT', unitId: 'u-city', reason: 'r' });
    expect(roleBody({ role: 'AUDITOR', link: 'u-city', reason: 'r' })).toEqual({ role: 'AUDITOR', reason: 'r' });
  });

  it('offers the link picker of the role and names the link', () => {
    const lists = { units: [{ unitId: 'u-city', name: '城管局' }], deputies: [], regions: [] };
    expect(linkOptions('UNIT', lists)).toEqual([{ value: 'u-city', label: '城管局' }]);
    expect(linkOptions('CLERK', lists)).toEqual([]);
    expect(linkName({ unitId: 'u-city' }, lists)).toBe('城管局');
    expect(linkName({ unitId: 'u-gone' }, lists)).toBe('u-gone');
  });

  it('shows the states and only the actions that fit', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const locked = { enabled: true, lockedUntil: '2026-12-07T10:10:00Z', mustChangePassword: true, version: 2 };
    expect(statusTags(locked, now).map((tag) => tag.label)).toEqual(['启用', '已锁定', '待设置密码']);
    expect(actionsOf(locked).map((a) => a.action)).toEqual(['change-role', 'disable', 'reset-password', 'release-lockout']);
    expect(actionsOf({ enabled: false, version: 3 }).map((a) => a.action)).toEqual(['change-role', 'enable']);
    expect(actionsOf({ enabled: true, demo: true, version: null })).toEqual([]);
  });
});
