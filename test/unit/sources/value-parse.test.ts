import { describe, expect, it } from 'vitest';
import { parseMetricValue } from '../../../ingest/resolve/value-parse.js';

describe('parseMetricValue', () => {
  it.each([
    ['92.3', 92.3],
    ['92.3%', 92.3],
    ['1.2k', 1200],
    ['3.0m', 3_000_000],
    ['220k', 220_000],
    ['7B', 7_000_000_000],
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['63.7*', 63.7],
    ['60.7+', 60.7],
    ['\uFEFF93.3', 93.3],
    ['\u22120.5', -0.5],
    ['70.14 (measured by Ge et al., 2018)', 70.14],
    ['85.2 ± 0.3', 85.2],
    ['1e-3', 0.001],
  ])('reads %j as %d and keeps the cell', (cell, value) => {
    expect(parseMetricValue(cell)).toEqual({ value, rawValue: cell });
  });

  it.each(['-', '', '–', '\u2212', '--', '--*', 'N/A', 'Yes', 'Kummerfeld', '93.0/90.7', '12,34'])('has no value for %j', (cell) => {
    expect(parseMetricValue(cell)).toEqual({ value: null, rawValue: cell });
  });

  it('takes numbers as they are and prints them as the raw value', () => {
    expect(parseMetricValue(17.3)).toEqual({ value: 17.3, rawValue: '17.3' });
    expect(parseMetricValue(0)).toEqual({ value: 0, rawValue: '0' });
  });

  it('has neither value nor raw text for a null cell', () => {
    expect(parseMetricValue(null)).toEqual({ value: null, rawValue: null });
    expect(parseMetricValue(undefined)).toEqual({ value: null, rawValue: null });
  });
});
