/** Chinese number formatting for the cockpit: 万/亿 units, one-decimal percentages, 「—」 for a missing value. */

export const MISSING = '—';

const WAN = 1e4;
const YI = 1e8;

const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const upToTwoDecimals = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });

function isMissing(value) {
  return value === null || value === undefined || value === '' || !Number.isFinite(Number(value));
}

/**
 * Splits a count into the figure and its Chinese unit so a card can print the unit smaller:
 * 913 -> {value: '913', unit: ''}, 12345 -> {value: '1.23', unit: '万'}, 250000000 -> {value: '2.5', unit: '亿'}.
 */
export function splitCount(value) {
  if (isMissing(value)) {
    return { value: MISSING, unit: '' };
  }
  const n = Number(value);
  const magnitude = Math.abs(n);
  if (magnitude >= YI) {
    return { value: upToTwoDecimals.format(n / YI), unit: '亿' };
  }
  if (magnitude >= WAN) {
    return { value: upToTwoDecimals.format(n / WAN), unit: '万' };
  }
  return { value: grouped.format(n), unit: '' };
}

/** A count as one string: 913, 1.23万, 2.5亿, or 「—」. */
export function formatCount(value) {
  const { value: figure, unit } = splitCount(value);
  return figure + unit;
}

/** A percentage the server already rounded to one decimal: 72.4 -> '72.4%', 78 -> '78.0%', null -> '—'. */
export function formatRate(value) {
  if (isMissing(value)) {
    return MISSING;
  }
  return `${Number(value).toFixed(1)}%`;
}

/**
 * An amount of money in yuan (the API sends it as a decimal string to keep cents exact) in the unit a report
 * would use: '125000000.00' -> {value: '1.25', unit: '亿元'}, '3500000' -> {value: '350', unit: '万元'}.
 */
export function splitYuan(value) {
  if (isMissing(value)) {
    return { value: MISSING, unit: '' };
  }
  const n = Number(value);
  const magnitude = Math.abs(n);
  if (magnitude >= YI) {
    return { value: upToTwoDecimals.format(n / YI), unit: '亿元' };
  }
  if (magnitude >= WAN) {
    return { value: upToTwoDecimals.format(n / WAN), unit: '万元' };
  }
  return { value: upToTwoDecimals.format(n), unit: '元' };
}

/** An amount of money as one string: 1.25亿元, 350万元, 9800元, or 「—」. */
export function formatYuan(value) {
  const { value: figure, unit } = splitYuan(value);
  return figure + unit;
}
