// Everything below it gets the open board, the features' slots and React Flow; features' providers wrap the rest.
import type { ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { Board } from './board.ts';
import { NodeLabelsProvider } from './node-labels.tsx';
import { SlotsProvider } from './slots-context.tsx';
import type { BoardSlots } from './slots.ts';
import { BoardProvider } from './store/context.tsx';

export function BoardRoot({
  board,
  slots,
  children,
}: {
  board: Board;
  slots: BoardSlots;
  children: ReactNode;
}) {
  // The first feature's provider is the outermost, so a later feature's provider may use an earlier one's.
  const wrapped = slots.providers.reduceRight<ReactNode>(
    (inner, Provider) => <Provider>{inner}</Provider>,
    children,
  );
  return (
    <BoardProvider board={board}>
      <SlotsProvider slots={slots}>
        <ReactFlowProvider>
          <NodeLabelsProvider>{wrapped}</NodeLabelsProvider>
        </ReactFlowProvider>
      </SlotsProvider>
    </BoardProvider>
  );
}
