// Hands the features' registrations to the board's parts that draw them; a board without features gets empty slots.
import { createContext, useContext, type ReactNode } from 'react';
import { NO_SLOTS, type BoardSlots } from './slots.ts';

const SlotsContext = createContext<BoardSlots>(NO_SLOTS);

export function SlotsProvider({ slots, children }: { slots: BoardSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export function useSlots(): BoardSlots {
  return useContext(SlotsContext);
}
