// ISO 8601 durations as BPMN timers write them ("P14D", "PT2H30M") in minutes, for waiting times in the metrics.

const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

// A year and a month in minutes as the calendar averages them; municipal deadlines are mostly days and weeks.
const MINUTES = [525_960, 43_830, 10_080, 1_440, 60, 1, 1 / 60] as const;

/** Minutes of an ISO 8601 duration, or undefined when the text is none (a date, a cycle, an expression). */
export function isoDurationMinutes(text: string): number | undefined {
  const match = DURATION.exec(text.trim().toUpperCase());
  if (match === null || match.slice(1).every((part) => part === undefined)) return undefined;
  let minutes = 0;
  MINUTES.forEach((factor, i) => {
    const part = match[i + 1];
    if (part !== undefined) minutes += Number(part.replace(',', '.')) * factor;
  });
  return minutes;
}
