// Durations and staff time read in sensible units, worked out by hand.
import { describe, expect, it } from 'vitest';
import { durationParts, staffTime } from './format.ts';

describe('durationParts', () => {
  it('shows under an hour in minutes, under a day in hours, else in days', () => {
    expect(durationParts(0)).toEqual({ unit: 'minutes', value: 0 });
    expect(durationParts(45)).toEqual({ unit: 'minutes', value: 45 });
    expect(durationParts(59.6)).toEqual({ unit: 'hours', value: 1 });
    expect(durationParts(90)).toEqual({ unit: 'hours', value: 1.5 });
    expect(durationParts(1439)).toEqual({ unit: 'hours', value: 24 });
    expect(durationParts(1440)).toEqual({ unit: 'days', value: 1 });
    expect(durationParts(4320 + 1440 + 60 + 55)).toEqual({ unit: 'days', value: 4.1 });
  });

  it('never shows a negative duration', () => {
    expect(durationParts(-5)).toEqual({ unit: 'minutes', value: 0 });
  });
});

describe('staffTime', () => {
  it('gives hours per year and full-time posts of 1600 hours', () => {
    // 900 cases × 10 min + 900 × 5 min = 13 500 min = 225 h = 0.14 posts
    expect(staffTime(13_500)).toEqual({ hours: 225, posts: 0.14 });
    expect(staffTime(96_000)).toEqual({ hours: 1600, posts: 1 });
  });
});
