import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SuggestionFollowUpFigures from './SuggestionFollowUpFigures.vue';

const followUps = {
  year: 2026, followedUp: 160, solvedFromEarlierYears: 113, stillInProgress: 40, notYetPossible: 7,
  toProcuratorate: { converted: 3, suggestionIssued: 2, lawsuitFiled: 0, declined: 0, pending: 1 },
  fromProcuratorate: { converted: 2, classA: 1, classB: 1, classC: 0, pending: 0 },
};

describe('the year\'s follow-ups under the A/B/C chart', () => {
  it('shows 往年B类建议解决数, the follow-ups and the conversions both ways as the server counted them', () => {
    const wrapper = mount(SuggestionFollowUpFigures, { props: { followUps }, slots: { default: '<div id="chart" />' } });

    expect(wrapper.find('[data-testid="solved-from-earlier-years"]').text()).toBe('113');
    expect(wrapper.find('[data-testid="followed-up"]').text()).toBe('160');
    expect(wrapper.text()).toContain('2026年回头看');
    expect(wrapper.find('[data-testid="to-procuratorate"]').text()).toBe('3');
    expect(wrapper.find('[data-testid="from-procuratorate"]').text()).toBe('2');
    expect(wrapper.find('#chart').exists()).toBe(true);
  });

  it('shows only the chart when the summary has no such figures', () => {
    const wrapper = mount(SuggestionFollowUpFigures, { props: { followUps: null } });

    expect(wrapper.find('dl').exists()).toBe(false);
  });
});
