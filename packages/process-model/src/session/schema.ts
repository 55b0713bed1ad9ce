// Plain data types and limits of the session document: the workshop state a facilitator controls.
import type { Person, RoundId } from '../discussion/schema.ts';

export const TIMER_STATES = ['running', 'paused', 'stopped'] as const;
export const VOTING_TARGETS = ['notes+activities'] as const;

export type TimerState = (typeof TIMER_STATES)[number];
export type VotingTargets = (typeof VOTING_TARGETS)[number];

export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;
export const MAX_ROUND_TITLE_LENGTH = 200;

// React Flow's viewport: the canvas offset and zoom of the person who summons.
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A rectangle of the map in flow coordinates. */
export interface FlowArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/*
 * Followers move whenever a summon with a new `at` arrives: to show `area` (what the facilitator saw
 * of the map, bars and drawers left out) in the middle of their own visible canvas at `viewport.zoom`
 * or, where it does not fit, smaller; a summon without `area` (older clients) sets `viewport` as is.
 */
export interface Summon {
  by: Person;
  viewport: Viewport;
  area?: FlowArea;
  at: string;
}

/*
 * A countdown stored as facts, never ticked: while running, `remainingMs` is what was left at
 * `startedAt`; while paused, what was left when it was paused; when stopped, 0. Every client
 * derives the current value from its own clock (timerRemainingMs), so nobody writes every second.
 */
export interface Timer {
  state: TimerState;
  durationMs: number;
  startedAt?: string;
  remainingMs: number;
}

export interface VotingRound {
  id: RoundId;
  // What the round asks, e.g. "Wo hakt es am meisten?"; optional.
  title?: string;
  open: boolean;
  votesPerParticipant: number;
  targets: VotingTargets;
  openedAt: string;
  closedAt?: string;
}

// `lockedBy` and `lockedAt` are only present while locked.
export interface WorkshopState {
  locked: boolean;
  lockedBy?: Person;
  lockedAt?: string;
  summon?: Summon;
  timer?: Timer;
  votingRound?: VotingRound;
}
