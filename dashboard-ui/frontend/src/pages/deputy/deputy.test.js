import { describe, expect, it } from 'vitest';
import { DRAFT_FORMS, caseHref, draftRegion, greeting } from './deputy.js';

describe('我的履职', () => {
  it('greets by the hour of the day', () => {
    expect(greeting(new Date(2026, 11, 7, 7, 30))).toBe('早上好');
    expect(greeting(new Date(2026, 11, 7, 10, 0))).toBe('上午好');
    expect(greeting(new Date(2026, 11, 7, 12, 30))).toBe('中午好');
    expect(greeting(new Date(2026, 11, 7, 15, 0))).toBe('下午好');
    expect(greeting(new Date(2026, 11, 7, 21, 0))).toBe('晚上好');
    expect(greeting(new Date(2026, 11, 7, 2, 0))).toBe('夜深了');
  });

  it('drafts in the region of the deputy\'s station, or lets the deputy pick one', () => {
    const deputies = [{ deputyId: 'd-1', stationId: 's-1' }, { deputyId: 'd-2', stationId: 's-9' }];
    const stations = [{ stationId: 's-1', regionId: '150102001' }];
    expect(draftRegion('d-1', deputies, stations)).toBe('150102001');
    expect(draftRegion('d-2', deputies, stations)).toBeNull();
    expect(draftRegion('d-3', deputies, stations)).toBeNull();
    const region = DRAFT_FORMS.draft.find((field) => field.name === 'regionId');
    expect(region.initial({ regionId: '150102001' })).toBe('150102001');
    expect(region.initial(null)).toBe('');
    expect(DRAFT_FORMS.draft.find((field) => field.name === 'leadDeputyId').self).toBe('deputyId');
  });

  it('links each case type to its page and nothing else', () => {
    expect(caseHref('PETITION', 'p 1')).toBe('petition.html?id=p%201');
    expect(caseHref('MEDIATION', 'm-1')).toBe('mediation-case.html?id=m-1');
    expect(caseHref('DUTY_ACTIVITY', 'a-1')).toBe('duty-activity.html?id=a-1');
    expect(caseHref('UNKNOWN', 'x')).toBeNull();
  });
});
