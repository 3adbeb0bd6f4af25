import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import KpiPanel from './KpiPanel.vue';

// The figures of the contract's example answer, as published in a district's annual report.
function summary() {
  return {
    regionId: '150102',
    regionName: '示范区',
    period: { kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' },
    asOfGlobalIndex: 18342,
    petitions: { received: 913, closed: 712, open: 201, overdue: 12, rated: 650, closureRate: 78.0, satisfactionRate: 96.2 },
    suggestions: {
      received: 181,
      replied: 181,
      classA: 131,
      classB: 49,
      classC: 1,
      classAShare: 72.4,
      classBShare: 27.1,
      classCShare: 0.5,
      onTimeReplyRate: 98.9,
      keySupervision: 10,
    },
    mediation: { referred: 913, settled: 712, failed: 150, successRate: 82.6 },
    ballots: { held: 2, entitled: 230, voted: 221, turnout: 96.1, projectsApproved: 10, approvedBudget: '125000000.00' },
  };
}

/** The figures of one card as {label: 'value+unit note'}. */
function figures(wrapper, title) {
  const card = wrapper.findAll('article').find((article) => article.find('h2').text() === title);
  expect(card, `card ${title}`).toBeTruthy();
  return Object.fromEntries(
    card.findAll('.figure').map((figure) => {
      const value = figure.find('.figure__number').text() + (figure.find('.figure__unit').exists() ? figure.find('.figure__unit').text() : '');
      const note = figure.find('.figure__note').exists() ? ` ${figure.find('.figure__note').text()}` : '';
      return [figure.find('dt').text(), value + note];
    }),
  );
}

describe('KpiPanel', () => {
  it('prints the petition figures with their units and rates', () => {
    const wrapper = mount(KpiPanel, { props: { summary: summary() } });

    expect(figures(wrapper, '民意诉求')).toEqual({
      受理: '913件',
      办结: '712件',
      在办: '201件',
      超期: '12件',
      办结率: '78.0%',
      满意率: '96.2%',
    });
  });

  it('prints the suggestion classes with the shares the server computed', () => {
    const wrapper = mount(KpiPanel, { props: { summary: summary() } });

    expect(figures(wrapper, '代表建议')).toEqual({
      'A类 已解决': '131件 72.4%',
      'B类 解决中': '49件 27.1%',
      'C类 留作参考': '1件 0.5%',
      按期答复率: '98.9%',
      重点督办: '10件',
    });
    expect(wrapper.text()).toContain('收到 181 件 · 已答复 181 件');
  });

  it('prints mediation and ballot figures, the investment in 亿元', () => {
    const wrapper = mount(KpiPanel, { props: { summary: summary() } });

    expect(figures(wrapper, '诉前调解')).toEqual({ 受理: '913件', 调解成功: '712件', 调解失败: '150件', 成功率: '82.6%' });
    expect(figures(wrapper, '民生实事票决')).toEqual({ 投票率: '96.1%', 立项数: '10个', 投资额: '1.25亿元' });
    expect(wrapper.text()).toContain('票决 2 次 · 实投 221 / 应投 230 人');
  });

  it('shows a dash for every rate whose denominator is zero', () => {
    const empty = summary();
    empty.petitions = { received: 0, closed: 0, open: 0, overdue: 0, rated: 0, closureRate: null, satisfactionRate: null };
    empty.mediation = { referred: 3, settled: 0, failed: 0, successRate: null };

    const wrapper = mount(KpiPanel, { props: { summary: empty } });

    expect(figures(wrapper, '民意诉求')).toMatchObject({ 受理: '0件', 办结率: '—', 满意率: '—' });
    expect(figures(wrapper, '诉前调解').成功率).toBe('—');
  });

  it('marks overdue petitions as a warning only when there are some', () => {
    const overdue = mount(KpiPanel, { props: { summary: summary() } });
    expect(overdue.find('.figure--warn').text()).toContain('超期');

    const none = summary();
    none.petitions.overdue = 0;
    expect(mount(KpiPanel, { props: { summary: none } }).find('.figure--warn').exists()).toBe(false);
  });

  it('uses 万 for large counts', () => {
    const city = summary();
    city.petitions.received = 23456;
    const wrapper = mount(KpiPanel, { props: { summary: city } });
    expect(figures(wrapper, '民意诉求').受理).toBe('2.35万件');
  });

  it('names every figure after its field in the contract, for the browser test', () => {
    const wrapper = mount(KpiPanel, { props: { summary: summary() } });

    expect(wrapper.find('[data-testid="kpi-petitions-received"] .figure__number').text()).toBe('913');
    expect(wrapper.find('[data-testid="kpi-suggestions-classA"] .figure__number').text()).toBe('131');
    expect(wrapper.find('[data-testid="kpi-mediation-successRate"] .figure__number').text()).toBe('82.6%');
    expect(wrapper.find('[data-testid="kpi-ballots-approvedBudget"] .figure__number').text()).toBe('1.25');
    const ids = wrapper.findAll('[data-testid^="kpi-"]').map((figure) => figure.attributes('data-testid'));
    expect(new Set(ids).size).toBe(18);
  });

  it('says it is loading, and draws no figures, until the first answer', () => {
    const wrapper = mount(KpiPanel, { props: { summary: null, loading: true } });

    expect(wrapper.find('[role="status"]').text()).toBe('数据加载中…');
    expect(wrapper.findAll('article')).toHaveLength(0);
  });

  it('says there is no data when the request ended without an answer', () => {
    const wrapper = mount(KpiPanel, { props: { summary: null, loading: false } });
    expect(wrapper.find('[role="status"]').text()).toBe('暂无数据');
  });

  it('follows a new summary without being mounted again', async () => {
    const wrapper = mount(KpiPanel, { props: { summary: summary() } });
    const next = summary();
    next.petitions.received = 914;
    next.petitions.closureRate = 77.9;

    await wrapper.setProps({ summary: next });

    expect(figures(wrapper, '民意诉求')).toMatchObject({ 受理: '914件', 办结率: '77.9%' });
  });
});
