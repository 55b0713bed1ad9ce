// Dates and times as people in the chosen language write them (German: 02.12.2026, 14:05).

export function dateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}
