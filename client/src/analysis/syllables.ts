// Where a German word may be hyphenated: a small rule set for exports, where CSS `hyphens: auto` does not reach.

const VOWELS = 'aeiouäöüyAEIOUÄÖÜY';
// Vowel pairs spoken as one sound: never split.
const DIPHTHONGS = new Set([
  'ai',
  'au',
  'ei',
  'eu',
  'ie',
  'äu',
  'aa',
  'ee',
  'oo',
  'ey',
  'ay',
  'oe',
  'ue',
  'ae',
]);
// Letter groups that move to the next line together ("Bä-cker", "wa-schen", "So-phie").
const UNITS = ['sch', 'ch', 'ck', 'ph', 'qu'];
/*
 * Consonant pairs that begin a German syllable ("An-trag", "Aus-druck", "Ein-blick"). They move together only
 * when a consonant stays before them: a run of just the pair is split ("Ab-la-ge", "Ab-riss"; the prefix ab-
 * is everywhere in administration), except "tr" ("Be-trag", "Be-treu-ung"). No s-clusters: "Aus-prä-gung".
 */
const ONSETS = ['bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr', 'tr', 'zw'];
const WHOLE_RUN_ONSETS = new Set(['tr']);
// "sch" with a following consonant moves as one, like "sch" alone ("Un-ter-schrift", "Ge-schwin-dig-keit").
const SCH_ONSETS = ['schl', 'schm', 'schn', 'schr', 'schw'];
/** No piece shorter than this at either end of a word. */
const MIN_PIECE = 2;

const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/*
 * The positions (indices into `word`) before which a hyphen may go, by the school rule: between two
 * vowels that are not one sound, and before the last consonant (or consonant group such as "ch",
 * "sch", "ck", or a pair that begins syllables such as "tr") of a run between vowels. Good for most
 * words; a compound is sometimes split at a syllable other than its join ("Lands-tra-ße"), never mid-letter.
 */
export function syllableBreaks(word: string): number[] {
  const breaks: number[] = [];
  let i = 0;
  while (i < word.length && !isVowel(word[i])) i++;
  while (i < word.length) {
    // i is at a vowel: find the end of this vowel group, then the consonant run after it.
    let end = i + 1;
    while (isVowel(word[end])) {
      const pair = `${word[end - 1]}${word[end]}`.toLowerCase();
      if (!DIPHTHONGS.has(pair)) break;
      end++;
    }
    if (isVowel(word[end])) {
      breaks.push(end);
      i = end;
      continue;
    }
    let next = end;
    while (next < word.length && !isVowel(word[next])) {
      if (!isLetter(word[next])) return breaks.filter(usable(word));
      next++;
    }
    if (next >= word.length) break;
    const run = word.slice(end, next).toLowerCase();
    const take = nextSyllableOnset(run);
    if (run.length > 0) breaks.push(next - take);
    i = next;
  }
  return breaks.filter(usable(word));
}

/** How many letters at the end of a consonant run between two vowels begin the next syllable. */
function nextSyllableOnset(run: string): number {
  if (SCH_ONSETS.some((candidate) => run.endsWith(candidate))) return 4;
  // "ck" goes to the next line whole only when it is the whole run ("Zu-cker"); else as one letter.
  if (run === 'ck') return 2;
  const unit = UNITS.find((candidate) => run.endsWith(candidate));
  if (unit) return unit === 'ck' ? 1 : Math.min(unit.length, run.length);
  const pair = ONSETS.some(
    (candidate) => run.endsWith(candidate) && (run.length > 2 || WHOLE_RUN_ONSETS.has(run)),
  );
  return pair ? 2 : 1;
}

function usable(word: string) {
  return (at: number) => at >= MIN_PIECE && word.length - at >= MIN_PIECE;
}
