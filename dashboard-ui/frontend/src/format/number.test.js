import { describe, expect, it } from 'vitest';
import { formatCount, formatRate, formatYuan, MISSING, splitCount, splitYuan } from './number.js';

describe('formatRate', () => {
  it('prints the server rate with one decimal and a percent sign', () => {
    expect(formatRate(72.4)).toBe('72.4%');
    expect(formatRate(0.5)).toBe('0.5%');
    expect(formatRate(100)).toBe('100.0%');
  });

  it('keeps the decimal of a whole rate, as the annual report does', () => {
    expect(formatRate(78)).toBe('78.0%');
    expect(formatRate(0)).toBe('0.0%');
  });

  it('shows a dash when the rate has no denominator', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe(MISSING);
  });
});

describe('formatCount', () => {
  it('prints counts below ten thousand in full', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(913)).toBe('913');
    expect(formatCount(9999)).toBe('9,999');
  });

  it('switches to 万 from ten thousand and to 亿 from a hundred million', () => {
    expect(formatCount(10000)).toBe('1万');
    expect(formatCount(12345)).toBe('1.23万');
    expect(formatCount(56789000)).toBe('5678.9万');
    expect(formatCount(100000000)).toBe('1亿');
    expect(formatCount(250000000)).toBe('2.5亿');
  });

  it('splits the unit off so a card can print it smaller', () => {
    expect(splitCount(12345)).toEqual({ value: '1.23', unit: '万' });
    expect(splitCount(181)).toEqual({ value: '181', unit: '' });
  });

  it('shows a dash for a missing count', () => {
    expect(formatCount(null)).toBe('—');
    expect(splitCount(undefined)).toEqual({ value: '—', unit: '' });
  });
});

describe('formatYuan', () => {
  it('reads the decimal string of the API and picks 亿元 or 万元', () => {
    expect(formatYuan('125000000.00')).toBe('1.25亿元');
    expect(formatYuan('3500000.00')).toBe('350万元');
    expect(formatYuan('12345678.90')).toBe('1234.57万元');
  });

  it('keeps small amounts in 元', () => {
    expect(formatYuan('9800.50')).toBe('9800.5元');
    expect(formatYuan('0.00')).toBe('0元');
  });

  it('splits the unit and shows a dash when the amount is missing', () => {
    expect(splitYuan('125000000.00')).toEqual({ value: '1.25', unit: '亿元' });
    expect(formatYuan(null)).toBe('—');
    expect(formatYuan('not a number')).toBe('—');
  });
});
