import { describe, expect, it } from 'vitest';
import { reactionName, reactionOrder } from './reaction-kinds.ts';

describe('reactions', () => {
  it('gives each offered emoji a name, and none to an emoji another client stored', () => {
    expect(reactionName('👍')).toBe('agree');
    expect(reactionName('❓')).toBe('question');
    expect(reactionName('🦄')).toBeUndefined();
  });

  it('shows given reactions in the order of the choice, foreign ones last, each once', () => {
    expect(reactionOrder(['🦄', '❓', '👍'], false)).toEqual(['👍', '❓', '🦄']);
    expect(reactionOrder(['❓'], true)).toEqual(['👍', '✅', '❓', '👀', '🎉']);
  });
});
