// The reactions one can give, by the emoji stored in the document, and the name each one has in the UI.

/*
 * The document stores emoji (other clients and older comments use them), but the UI draws each one
 * as an icon with a name: municipal PCs often lack an emoji font, and "Einverstanden" says more
 * to a clerk than a pictogram does.
 */
export const REACTION_KINDS = [
  { emoji: '👍', name: 'agree' },
  { emoji: '✅', name: 'checked' },
  { emoji: '❓', name: 'question' },
  { emoji: '👀', name: 'looking' },
  { emoji: '🎉', name: 'great' },
] as const;

export type ReactionName = (typeof REACTION_KINDS)[number]['name'];

/** The name of a known reaction, or undefined for an emoji some other client stored. */
export function reactionName(emoji: string): ReactionName | undefined {
  return REACTION_KINDS.find((kind) => kind.emoji === emoji)?.name;
}

/** Known reactions in the order of the choice first, then any others, each once. */
export function reactionOrder(given: readonly string[], choosing: boolean): string[] {
  const known = REACTION_KINDS.map((kind) => kind.emoji as string);
  const all = choosing ? [...known, ...given] : given;
  const rank = (emoji: string) => {
    const at = known.indexOf(emoji);
    return at === -1 ? known.length : at;
  };
  return [...new Set(all)].sort((a, b) => rank(a) - rank(b));
}
