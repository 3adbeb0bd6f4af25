import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import PetitionSourceChart from './PetitionSourceChart.vue';

const figures = (source, label, received, share, closureRate, satisfactionRate) => ({
  source, label, received, closed: 0, rated: 0, closureRate, satisfactionRate, share,
});

describe('PetitionSourceChart', () => {
  const sources = [
    figures('STATION_VISIT', '进站接待', 1, 16.7, 100, 100),
    figures('HOTLINE_12345', '12345疑难工单', 0, 0, null, null),
    figures('LETTER_OR_PHONE', '来信来电登记', 5, 83.3, 20, 50),
  ];

  it('shows each source with received, its share, closure and satisfaction rate', () => {
    const wrapper = mount(PetitionSourceChart, { props: { sources } });

    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['进站接待', '116.7%', '100.0%', '100.0%'],
      ['12345疑难工单', '00.0%', '—', '—'],
      ['来信来电登记', '583.3%', '20.0%', '50.0%'],
    ]);
  });

  it('links each row to the petition list of that source, for the cockpit region and days', () => {
    const wrapper = mount(PetitionSourceChart, {
      props: { sources, regionId: '150102', period: { kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' } },
    });

    expect(wrapper.find('[data-source="HOTLINE_12345"] a').attributes('href'))
      .toBe('petitions.html?source=HOTLINE_12345&regionId=150102&from=2026-01-01&to=2026-12-31');
  });
});
