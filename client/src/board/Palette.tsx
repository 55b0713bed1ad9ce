// The palette: node kinds to drag onto the canvas (or add with a click or Enter), and lanes to add.
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useRef } from 'react';
import {
  BPMN_NODE_KINDS,
  LANE_KINDS,
  COMMON_NODE_KINDS,
  NODE_SIZES,
  nodeSize,
  type NodeKind,
} from '@prozesswerk/process-model';
import { freeSpotBeside } from './placement.ts';
import { KindIcon, LaneIcon } from './icons.tsx';
import { useBoard } from './store/context.tsx';

export const PALETTE_MIME = 'application/x-prozesswerk-kind';

export function Palette() {
  const { t } = useTranslation();
  const { actions, store } = useBoard();
  const flow = useReactFlow();

  // The last element added from here: the next one goes beside it when nothing is selected.
  const lastAdded = useRef<string | undefined>(undefined);

  // A click adds the node beside the selected (or last added) one, else in the middle of what is visible;
  // always in free space, never on top of another element.
  const addBeside = (kind: NodeKind) => {
    const { nodes, selectedNodes } = store.getState();
    const anchorId = [...Object.keys(selectedNodes)].reverse().find((id) => id in nodes) ?? lastAdded.current;
    const anchorNode = anchorId ? nodes[anchorId] : undefined;
    const anchor = anchorNode ? { x: anchorNode.x, y: anchorNode.y, ...nodeSize(anchorNode) } : undefined;
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    const taken = Object.values(nodes).map((node) => ({ x: node.x, y: node.y, ...nodeSize(node) }));
    const size = NODE_SIZES[kind];
    const spot = freeSpotBeside(size, anchor, centre, taken);
    const id = actions.addNodeAt(
      kind,
      { x: spot.x + size.width / 2, y: spot.y + size.height / 2 },
      t(`kinds.${kind}.default`),
    );
    if (!id) return;
    lastAdded.current = id;
    // Beside the last one may be beyond the edge of the view: bring the new element into sight.
    const corner = flow.flowToScreenPosition(spot);
    const far = flow.flowToScreenPosition({ x: spot.x + size.width, y: spot.y + size.height });
    if (pane && (corner.x < pane.left || corner.y < pane.top || far.x > pane.right || far.y > pane.bottom)) {
      void flow.setCenter(spot.x + size.width / 2, spot.y + size.height / 2, {
        zoom: flow.getZoom(),
        duration: 200,
      });
    }
  };

  return (
    <aside className="palette" aria-label={t('palette.label')}>
      <h2 className="panel-title">{t('palette.title')}</h2>
      <ul className="palette-list">
        {COMMON_NODE_KINDS.map((kind) => (
          <KindItem key={kind} kind={kind} onAdd={addBeside} />
        ))}
      </ul>
      <details className="palette-group">
        <summary title={t('palette.bpmnHint')}>{t('palette.bpmnGroup')}</summary>
        <ul className="palette-list">
          {BPMN_NODE_KINDS.map((kind) => (
            <KindItem key={kind} kind={kind} onAdd={addBeside} />
          ))}
        </ul>
      </details>
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

// One kind in the palette: dragged onto the canvas, or added with a click or Enter.
function KindItem({ kind, onAdd }: { kind: NodeKind; onAdd(kind: NodeKind): void }) {
  const { t } = useTranslation();
  return (
    <li>
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
        onClick={() => onAdd(kind)}
      >
        <span className={`palette-icon palette-icon-${kind}`}>
          <KindIcon kind={kind} />
        </span>
        <span>{t(`kinds.${kind}.name`)}</span>
      </button>
    </li>
  );
}
