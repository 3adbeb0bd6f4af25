import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DutyActivityPanel from './DutyActivityPanel.vue';

const activities = {
  held: 3, expected: 6, present: 4, attendanceRate: 66.7,
  byKind: [
    { kind: 'SITTING', label: '列席会议', held: 1, expected: 1, present: 1 },
    { kind: 'INSPECTION', label: '视察', held: 1, expected: 3, present: 2 },
    { kind: 'LAW_ENFORCEMENT_CHECK', label: '执法检查', held: 0, expected: 0, present: 0 },
    { kind: 'SURVEY', label: '调研', held: 0, expected: 0, present: 0 },
    { kind: 'TRAINING', label: '学习培训', held: 1, expected: 2, present: 1 },
  ],
};

const figure = (wrapper, key) => wrapper.find(`[data-testid="duty-${key}"] .figure__number`).text();

describe('deputies\' activities on the cockpit', () => {
  it('shows the activities held, the attendances and the rate as the server counted them, and each kind', () => {
    const wrapper = mount(DutyActivityPanel, { props: { activities } });

    expect(figure(wrapper, 'held')).toBe('3');
    expect(figure(wrapper, 'present')).toBe('4');
    expect(figure(wrapper, 'rate')).toBe('66.7%');
    expect(wrapper.findAll('li').map((item) => item.text()))
      .toEqual(['列席会议 1场', '视察 1场', '执法检查 0场', '调研 0场', '学习培训 1场']);
  });

  it('shows no rate when no deputy was expected', () => {
    const wrapper = mount(DutyActivityPanel, { props: { activities: { ...activities, attendanceRate: null } } });

    expect(figure(wrapper, 'rate')).toBe('—');
  });
});
