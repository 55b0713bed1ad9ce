// Splits a search box's text into terms both full-text engines accept; trigram search needs three characters.

export function searchTerms(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length >= 3)
    .slice(0, 10);
}
