// The palette: node kinds to drag onto the canvas (or add with a click or Enter), and lanes to add.
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import {
  LANE_KINDS,
  NODE_KINDS,
  nodeSize,
  type NodeKind,
  type ProcessNode,
} from '@prozesswerk/process-model';
import { centreOf } from './geometry.ts';
import type { XY } from './store/presence.ts';
import { KindIcon, LaneIcon } from './icons.tsx';
import { useBoard } from './store/context.tsx';

export const PALETTE_MIME = 'application/x-prozesswerk-kind';

const STEP = 40;

function freeSpotNear(centre: XY, nodes: readonly ProcessNode[]): XY {
  for (let i = 0; i < 30; i++) {
    const spot = { x: centre.x + i * STEP, y: centre.y + i * STEP };
    const taken = nodes.some((node) => {
      const mid = centreOf(node, nodeSize(node));
      return Math.abs(mid.x - spot.x) < STEP && Math.abs(mid.y - spot.y) < STEP;
    });
    if (!taken) return spot;
  }
  return centre;
}

export function Palette() {
  const { t } = useTranslation();
  const { actions, store } = useBoard();
  const flow = useReactFlow();

  // A click adds the node in the middle of what is visible, stepping aside from nodes already there.
  const addAtCentre = (kind: NodeKind) => {
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    actions.addNodeAt(
      kind,
      freeSpotNear(centre, Object.values(store.getState().nodes)),
      t(`kinds.${kind}.default`),
    );
  };

  return (
    <aside className="palette" aria-label={t('palette.label')}>
      <h2 className="panel-title">{t('palette.title')}</h2>
      <ul className="palette-list">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette-item"
              draggable
              data-kind={kind}
              aria-label={t('palette.add', { kind: t(`kinds.${kind}.name`) })}
              title={t(`kinds.${kind}.hint`)}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_MIME, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addAtCentre(kind)}
            >
              <span className={`palette-icon palette-icon-${kind}`}>
                <KindIcon kind={kind} />
              </span>
              <span>{t(`kinds.${kind}.name`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2 className="panel-title">{t('lanes.title')}</h2>
      <ul className="palette-list">
        {LANE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette-item"
              data-lane-kind={kind}
              aria-label={t('lanes.add', { kind: t(`lanes.kind.${kind}`) })}
              onClick={() => actions.addLane(kind, t(`lanes.default.${kind}`))}
            >
              <span className="palette-icon">
                <LaneIcon />
              </span>
              <span>{t(`lanes.kind.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="palette-tip">{t('palette.tip')}</p>
    </aside>
  );
}
