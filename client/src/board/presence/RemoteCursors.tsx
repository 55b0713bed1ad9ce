// Other people's mouse pointers on the canvas, in flow coordinates, with their name in their colour.
import { memo } from 'react';
import { ViewportPortal, useStore as useFlowStore } from '@xyflow/react';
import { useBoardState } from '../store/context.tsx';

function RemoteCursorsView() {
  const peers = useBoardState((s) => s.peers);
  const zoom = useFlowStore((s) => s.transform[2]);
  return (
    <ViewportPortal>
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            style={{
              transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})`,
              ['--peer' as string]: peer.colour,
            }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
              <path
                d="M1 1v17l4.8-4.3 3.1 7 3-1.3-3-6.8H16Z"
                fill={peer.colour}
                stroke="#fff"
                strokeWidth="1.5"
              />
            </svg>
            <span className="remote-cursor-name">{peer.name}</span>
          </div>
        ) : null,
      )}
    </ViewportPortal>
  );
}

export const RemoteCursors = memo(RemoteCursorsView);
