// Public API of the session document: lock, summon, timer and voting round of a workshop.
export { MAX_ROUND_TITLE_LENGTH, MAX_TIMER_MS, TIMER_STATES, VOTING_TARGETS } from './schema.ts';
export type {
  FlowArea,
  Summon,
  Timer,
  TimerState,
  Viewport,
  VotingRound,
  VotingTargets,
  WorkshopState,
} from './schema.ts';
export { flowAreaSchema, summonSchema, timerSchema, viewportSchema, votingRoundSchema } from './validate.ts';
export { createSessionDoc, getWorkshop } from './doc.ts';
export { setLocked } from './lock.ts';
export type { LockChange } from './lock.ts';
export { summon } from './summon.ts';
export type { SummonInput } from './summon.ts';
export { pauseTimer, resumeTimer, startTimer, stopTimer, timerFinished, timerRemainingMs } from './timer.ts';
export type { TimerStart } from './timer.ts';
export { clearVotingRound, closeVotingRound, openVotingRound } from './voting-round.ts';
export type { VotingRoundStart } from './voting-round.ts';
export { votingResults } from './voting-results.ts';
export type { VotingResult, VotingResultsOptions } from './voting-results.ts';
export { readSession } from './read.ts';
