import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import CaseSupervision from './CaseSupervision.vue';

const detail = {
  caseId: 'p-1',
  caseTypeLabel: '民意诉求',
  title: '<b>路面塌陷</b>',
  regionName: '甲镇',
  currentStep: '办理中',
  ended: false,
  steps: [
    { name: '待受理', startedAt: '2026-11-01T02:00:00Z', endedAt: '2026-11-02T02:00:00Z', running: false, minutes: 1440 },
    { name: '办理中', startedAt: '2026-11-02T02:00:00Z', endedAt: null, running: true, minutes: 28800 },
  ],
  deadlines: [
    { kind: 'SET', kindLabel: '设定', at: '2026-11-02T02:00:00Z', dueAt: '2026-11-12T02:00:00Z', previousDueAt: null,
      round: 1, units: [{ unitId: 'u-b', unitName: '区城管局' }], actorName: '王芳', actorRole: '工作人员', reason: null },
    { kind: 'MISSED', kindLabel: '逾期', at: '2026-11-12T02:00:00Z', dueAt: '2026-11-12T02:00:00Z',
      previousDueAt: null, round: 1, units: [{ unitId: 'u-b', unitName: '区城管局' }], actorName: '系统',
      actorRole: '系统', reason: null },
  ],
  urges: [{ at: '2026-11-10T02:00:00Z', actorName: '刘洋', actorRole: '督办人员', step: '办理中', comment: '请尽快答复' }],
  units: [{ unitId: 'u-b', unitName: '区城管局', role: '承办', round: 1, assignedAt: '2026-11-02T02:00:00Z',
    dueAt: '2026-11-12T02:00:00Z', repliedAt: null, replyMinutes: null, missed: true }],
};

describe('CaseSupervision', () => {
  it('shows steps with durations, deadlines, urges and units, and links to the trace page', async () => {
    const wrapper = mount(CaseSupervision, { props: { detail }, global: { plugins: [ElementPlus] } });
    await flushPromises();

    const steps = wrapper.findAll('.sv-steps tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(steps).toEqual([
      ['待受理', '2026-11-01 10:00', '2026-11-02 10:00', '1天'],
      ['办理中', '2026-11-02 10:00', '进行中', '20天'],
    ]);
    expect(wrapper.findAll('.sv-deadlines tbody tr').map((row) => row.findAll('td')[1].text())).toEqual(['设定', '逾期']);
    expect(wrapper.find('.sv-urges tbody tr').text()).toContain('刘洋（督办人员）');
    expect(wrapper.find('.sv-urges tbody tr').text()).toContain('请尽快答复');
    expect(wrapper.find('.sv-units tbody tr').text()).toContain('未答复');
    expect(wrapper.find('.sv-units tbody tr').text()).toContain('已逾期');
    expect(wrapper.find('a').attributes('href')).toBe('trace.html?case=p-1');
  });

  it('shows a stored title as text, never as markup', () => {
    const wrapper = mount(CaseSupervision, { props: { detail }, global: { plugins: [ElementPlus] } });

    expect(wrapper.find('h2').text()).toBe('<b>路面塌陷</b>');
    expect(wrapper.find('h2 b').exists()).toBe(false);
  });
});
