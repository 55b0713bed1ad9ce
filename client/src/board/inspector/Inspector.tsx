// The inspector panel: attributes of the selected node, edge or lane, validated before they are saved.
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EDGE_KINDS, MEDIA, type EdgeKind, type Medium, type ProcessNode } from '@prozesswerk/process-model';
import { canvasElement, useDeleteSelection, useFocusOnCanvas } from '../canvas-focus.ts';
import { lanePlace } from '../lane-order.ts';
import { LANE_FLOW_PREFIX } from '../navigation.ts';
import { useBoard, useBoardState } from '../store/context.tsx';
import { AttrField } from './AttrField.tsx';
import { BpmnTypeFields } from './BpmnTypeFields.tsx';
import { EdgeBpmnFields } from './EdgeBpmnFields.tsx';
import { shortcutsFor } from './shortcuts.ts';
import { NUMBER_ATTRS, TEXT_ATTRS, checkNumberAttr, checkTextAttr } from './validate-attr.ts';
import { useSlots } from '../slots-context.tsx';

export function Inspector() {
  const { t } = useTranslation();
  const nodeCount = useBoardState((s) => Object.keys(s.selectedNodes).length);
  const edgeCount = useBoardState((s) => Object.keys(s.selectedEdges).length);
  const nodeId = useBoardState((s) => firstKey(s.selectedNodes));
  const edgeId = useBoardState((s) => firstKey(s.selectedEdges));
  const laneId = useBoardState((s) => s.selectedLane);

  let content;
  if (nodeCount + edgeCount > 1) content = <MultiSelection count={nodeCount + edgeCount} />;
  else if (nodeId) content = <NodeInspector key={nodeId} id={nodeId} />;
  else if (edgeId) content = <EdgeInspector key={edgeId} id={edgeId} />;
  else if (laneId) content = <LaneInspector key={laneId} id={laneId} />;
  else content = <EmptyInspector />;
  const empty = nodeCount + edgeCount === 0 && !laneId;

  return (
    <aside className="inspector" aria-label={t('inspector.label')} onKeyDown={useEscapeToCanvas()}>
      {content}
      {empty ? null : <ShortcutsButton />}
    </aside>
  );
}

/** Escape in the inspector takes a keyboard user back to the element on the canvas they came from. */
function useEscapeToCanvas() {
  const { store } = useBoard();
  const focusOn = useFocusOnCanvas();
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const { focused, selectedNodes, selectedEdges, selectedLane } = store.getState();
    const target =
      firstKey(selectedNodes) ??
      firstKey(selectedEdges) ??
      (selectedLane ? LANE_FLOW_PREFIX + selectedLane : undefined) ??
      focused;
    if (!target || !canvasElement(target)) return;
    event.preventDefault();
    // After the field has dropped its draft (its own Escape), so leaving it saves nothing.
    requestAnimationFrame(() => focusOn(target));
  };
}

function firstKey(record: Readonly<Record<string, true>>): string | undefined {
  for (const key in record) return key;
  return undefined;
}

function EmptyInspector() {
  const { t } = useTranslation();
  const nodes = useBoardState((s) => s.nodeIds.length);
  const edges = useBoardState((s) => s.edgeIds.length);
  const lanes = useBoardState((s) => s.lanes.length);
  const readOnly = useBoardState((s) => s.access.readOnly);
  return (
    <>
      <h2 className="panel-title">{t('inspector.title')}</h2>
      <p className="muted">{t('inspector.nothingSelected')}</p>
      <dl className="summary">
        <dt>{t('inspector.summary.nodes')}</dt>
        <dd>{nodes}</dd>
        <dt>{t('inspector.summary.edges')}</dt>
        <dd>{edges}</dd>
        <dt>{t('inspector.summary.lanes')}</dt>
        <dd>{lanes}</dd>
      </dl>
      <ShortcutList readOnly={readOnly} />
    </>
  );
}

function ShortcutsButton() {
  const { t } = useTranslation();
  const { store } = useBoard();
  return (
    <p className="inspector-shortcuts">
      <button type="button" className="link-button" onClick={() => store.setState({ helpOpen: true })}>
        {t('shortcuts.all')}
      </button>
    </p>
  );
}

/** The keyboard shortcuts, in the inspector and in the help ("?"). */
export function ShortcutList({ readOnly, heading = true }: { readOnly: boolean; heading?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {heading ? <h3 className="panel-subtitle">{t('shortcuts.title')}</h3> : null}
      <ul className="shortcuts" data-testid="shortcuts">
        {shortcutsFor(readOnly).map((key) => (
          <li key={key}>{t(`shortcuts.${key}`)}</li>
        ))}
      </ul>
      {heading ? <ShortcutsButton /> : null}
    </>
  );
}

function MultiSelection({ count }: { count: number }) {
  const { t } = useTranslation();
  const { inspectorSections } = useSlots();
  const deleteSelection = useDeleteSelection();
  const readOnly = useBoardState((s) => s.access.readOnly);
  return (
    <>
      <h2 className="panel-title">{t('inspector.multiple', { count })}</h2>
      {inspectorSections.map((section, index) =>
        section.place === 'multiple' ? <section.Section key={index} /> : null,
      )}
      {readOnly ? null : (
        <button type="button" className="button danger" onClick={() => deleteSelection()}>
          {t('inspector.deleteSelection')}
        </button>
      )}
    </>
  );
}

function NodeInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const { inspectorSections } = useSlots();
  const deleteSelection = useDeleteSelection();
  const node = useBoardState((s) => s.nodes[id]);
  const readOnly = useBoardState((s) => s.access.readOnly);
  if (!node) return null;
  const kindName = node.kind === 'unknown' ? t('kinds.unknown.name') : t(`kinds.${node.kind}.name`);
  return (
    <>
      <h2 className="panel-title">{kindName}</h2>
      <NodeFields
        id={id}
        sections={inspectorSections.map((section, index) =>
          section.place === 'node' ? <section.Section key={index} id={id} kind={node.kind} /> : null,
        )}
      />
      {readOnly ? null : (
        <button type="button" className="button danger" onClick={() => deleteSelection(id)}>
          {t('inspector.deleteNode')}
        </button>
      )}
    </>
  );
}

/**
 * A step's own fields: label, lane, an activity's attributes and the description, each saved when left
 * valid. The inspector shows them for the selected step, the text view for the step one opens there.
 */
export function NodeFields({ id, sections }: { id: string; sections?: ReactNode }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const fieldId = useId();
  const node = useBoardState((s) => s.nodes[id]);
  const lanes = useBoardState((s) => s.lanes);
  const readOnly = useBoardState((s) => s.access.readOnly);
  if (!node) return null;
  return (
    <>
      <AttrField
        key="label"
        label={t('inspector.fields.label')}
        value={node.label}
        {...labelField(actions.relabel, id)}
        disabled={readOnly}
        multiline
      />
      {lanes.length > 0 ? (
        <div className="field">
          <label htmlFor={`${fieldId}-lane`}>{t('inspector.fields.lane')}</label>
          <select
            id={`${fieldId}-lane`}
            value={node.laneId ?? ''}
            disabled={readOnly}
            onChange={(event) =>
              actions.moveToLane(id, event.target.value === '' ? null : event.target.value)
            }
          >
            <option value="">{t('inspector.noLane')}</option>
            {lanes.map((lane) => (
              <option key={lane.id} value={lane.id}>
                {lane.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <BpmnTypeFields node={node} readOnly={readOnly} />
      {node.kind === 'activity' ? <ActivityFields node={node} readOnly={readOnly} /> : null}
      {sections}
      <AttrField
        key="description"
        label={t('inspector.fields.description')}
        value={node.attrs.description ?? ''}
        check={(input) => checkTextAttr('description', input)}
        onSave={(result) => actions.setAttrs(id, result.patch)}
        disabled={readOnly}
        multiline
      />
    </>
  );
}

// The label goes through relabel, not setAttrs; the check only limits its length.
function labelField(relabel: (id: string, label: string) => void, id: string) {
  return {
    check: (input: string) =>
      input.length > 500
        ? { ok: false as const, message: 'inspector.errors.tooLong', values: { max: 500 } }
        : { ok: true as const, patch: {} },
    onSave: () => undefined,
    onCommitText: (text: string) => relabel(id, text),
  };
}

function ActivityFields({ node, readOnly }: { node: ProcessNode; readOnly: boolean }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const mediumId = `${useId()}-medium`;
  return (
    <>
      <AttrField
        key="role"
        label={t('inspector.fields.role')}
        value={node.attrs.role ?? ''}
        check={(input) => checkTextAttr('role', input)}
        onSave={(result) => actions.setAttrs(node.id, result.patch)}
        disabled={readOnly}
      />
      {NUMBER_ATTRS.map((key) => (
        <AttrField
          key={key}
          label={t(`inspector.fields.${key}`)}
          value={node.attrs[key] === undefined ? '' : String(node.attrs[key]).replace('.', ',')}
          check={(input) => checkNumberAttr(key, input)}
          onSave={(result) => actions.setAttrs(node.id, result.patch)}
          disabled={readOnly}
          numeric
          suffix={t(key === 'casesPerYear' ? 'units.perYear' : 'units.minutes')}
        />
      ))}
      <div className="field">
        <label htmlFor={mediumId}>{t('inspector.fields.medium')}</label>
        <select
          id={mediumId}
          value={node.attrs.medium ?? ''}
          disabled={readOnly}
          onChange={(event) =>
            actions.setAttrs(node.id, {
              medium: event.target.value === '' ? null : (event.target.value as Medium),
            })
          }
        >
          <option value="">{t('inspector.notSet')}</option>
          {MEDIA.map((medium) => (
            <option key={medium} value={medium}>
              {t(`medium.${medium}`)}
            </option>
          ))}
        </select>
      </div>
      {TEXT_ATTRS.filter((key) => key !== 'role').map((key) => (
        <AttrField
          key={key}
          label={t(`inspector.fields.${key}`)}
          value={node.attrs[key] ?? ''}
          check={(input) => checkTextAttr(key, input)}
          onSave={(result) => actions.setAttrs(node.id, result.patch)}
          disabled={readOnly}
        />
      ))}
    </>
  );
}

function EdgeInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const deleteSelection = useDeleteSelection();
  const edge = useBoardState((s) => s.edges[id]);
  const readOnly = useBoardState((s) => s.access.readOnly);
  if (!edge) return null;
  const kindId = `edge-kind-${id}`;
  return (
    <>
      <h2 className="panel-title">{t('inspector.edge')}</h2>
      <div className="field">
        <label htmlFor={kindId}>{t('inspector.fields.edgeKind')}</label>
        <select
          id={kindId}
          value={edge.kind}
          disabled={readOnly}
          onChange={(event) => actions.setEdgeKind(id, event.target.value as EdgeKind)}
        >
          {EDGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`edges.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <AttrField
        key="edge-label"
        label={t('inspector.fields.edgeLabel')}
        value={edge.label ?? ''}
        {...labelField(actions.relabel, id)}
        disabled={readOnly}
      />
      <EdgeBpmnFields edge={edge} readOnly={readOnly} />
      {readOnly ? null : (
        <button type="button" className="button danger" onClick={() => deleteSelection(id)}>
          {t('inspector.deleteEdge')}
        </button>
      )}
    </>
  );
}

function LaneInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const deleteSelection = useDeleteSelection();
  const lane = useBoardState((s) => s.lanes.find((entry) => entry.id === id));
  const lanes = useBoardState((s) => s.lanes);
  const pools = useBoardState((s) => s.pools);
  const { vertical, index, count } = lanePlace(lanes, pools, id);
  const readOnly = useBoardState((s) => s.access.readOnly);
  if (!lane) return null;
  return (
    <>
      <h2 className="panel-title">{t('lanes.inspectorTitle', { kind: t(`lanes.kind.${lane.kind}`) })}</h2>
      <AttrField
        key="lane-label"
        label={t('inspector.fields.laneLabel')}
        value={lane.label}
        {...labelField((_id, label) => actions.renameLane(id, label), id)}
        disabled={readOnly}
      />
      <AttrField
        key="lane-size"
        label={t(vertical ? 'inspector.fields.laneWidth' : 'inspector.fields.laneSize')}
        value={String(lane.size)}
        check={(input) => {
          const value = Number(input.trim());
          return Number.isFinite(value) && value >= 80
            ? { ok: true, patch: {} }
            : {
                ok: false,
                message: vertical ? 'inspector.errors.laneWidth' : 'inspector.errors.laneSize',
                values: { min: 80 },
              };
        }}
        onSave={() => undefined}
        onCommitText={(text) => actions.resizeLane(id, Number(text.trim()))}
        disabled={readOnly}
        numeric
        suffix={t('units.pixels')}
      />
      {readOnly ? null : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={index <= 0}
            onClick={() => actions.moveLane(id, -1)}
          >
            {t(vertical ? 'lanes.left' : 'lanes.up')}
          </button>
          <button
            type="button"
            className="button"
            disabled={index >= count - 1}
            onClick={() => actions.moveLane(id, 1)}
          >
            {t(vertical ? 'lanes.right' : 'lanes.down')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => deleteSelection(LANE_FLOW_PREFIX + id)}
          >
            {t('lanes.delete')}
          </button>
        </div>
      )}
    </>
  );
}
