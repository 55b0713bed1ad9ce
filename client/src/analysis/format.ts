// Turns metric figures into the units people read them in: minutes, hours or days; hours and full-time posts per year.

export type DurationParts = { unit: 'minutes' | 'hours' | 'days'; value: number };

/** Net working hours of one full-time post per year (KGSt figure, rounded), to express staff time as posts. */
export const HOURS_PER_FULL_TIME_POST = 1600;

/*
 * Under an hour in whole minutes, under a day in hours (one decimal), else in calendar days (one
 * decimal): waiting times run around the clock, so a day here is 24 hours, not a working day.
 */
export function durationParts(minutes: number): DurationParts {
  const safe = Math.max(0, minutes);
  if (Math.round(safe) < 60) return { unit: 'minutes', value: Math.round(safe) };
  if (safe < 24 * 60) return { unit: 'hours', value: roundTo(safe / 60, 1) };
  return { unit: 'days', value: roundTo(safe / (24 * 60), 1) };
}

export type StaffTime = { hours: number; posts: number };

export function staffTime(minutesPerYear: number): StaffTime {
  const hours = Math.round(minutesPerYear / 60);
  return { hours, posts: roundTo(minutesPerYear / 60 / HOURS_PER_FULL_TIME_POST, 2) };
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
