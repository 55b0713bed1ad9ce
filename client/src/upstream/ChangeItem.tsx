// One change of the origin in the review list: what it is, each field old → new, and the person's choice.
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_SIZES, nodeSize, type ReadNodeKind } from '@prozesswerk/process-model';
import { fieldName, fieldValue, type NameOf } from '../board/field-values.ts';
import { useBoardState } from '../board/store/context.tsx';
import type { UpstreamChange } from './api.ts';
import { useUpstream } from './context.tsx';

const GEOMETRY = new Set(['x', 'y', 'w', 'h', 'waypoints']);
// Added elements list their content, not where they sit or which handles they use.
const HIDDEN_WHEN_ADDED = new Set([...GEOMETRY, 'sourceHandle', 'targetHandle', 'order', 'size']);

type Props = { change: UpstreamChange; nameOf: NameOf; disabled: boolean };

export function ChangeItem({ change, nameOf, disabled }: Props) {
  const { t } = useTranslation();
  const { choice, setChosen, setFocused, focused } = useUpstream();
  const chosen = choice.get(change.id) ?? false;
  const kind = t(`upstream.kind.${change.kind}`);
  const name = change.name || t('upstream.unnamed');
  const inputId = `upstream-${change.id}`;
  return (
    <li
      className={`upstream-change is-${change.kind}${change.collision ? ' is-collision' : ''}${focused === change.id ? ' is-focused' : ''}`}
      data-testid="upstream-change"
      data-change-id={change.id}
      data-kind={change.kind}
      onMouseEnter={() => setFocused(change.id)}
      onMouseLeave={() => setFocused(null)}
      onFocus={() => setFocused(change.id)}
    >
      {change.collision ? (
        <fieldset className="upstream-collision" disabled={disabled}>
          <legend>
            <strong>{kind}:</strong> {name}{' '}
            <span className="upstream-collision-title">{t('upstream.collision.title')}</span>
          </legend>
          <p className="upstream-collision-reason">{t(`upstream.collision.${change.collision}`)}</p>
          <FieldList change={change} nameOf={nameOf} />
          <label>
            <input
              type="radio"
              name={inputId}
              checked={!chosen}
              onChange={() => setChosen(change.id, false)}
            />{' '}
            {t('upstream.collision.keepOurs')}
          </label>
          <label>
            <input type="radio" name={inputId} checked={chosen} onChange={() => setChosen(change.id, true)} />{' '}
            {t('upstream.collision.takeTheirs')}
          </label>
        </fieldset>
      ) : (
        <>
          <label className="upstream-take" htmlFor={inputId}>
            <input
              id={inputId}
              type="checkbox"
              checked={chosen}
              disabled={disabled}
              aria-label={t('upstream.take', { kind, name })}
              onChange={(event) => setChosen(change.id, event.target.checked)}
            />{' '}
            <strong>{kind}:</strong> {name}
          </label>
          <FieldList change={change} nameOf={nameOf} />
        </>
      )}
      <ShowOnMap change={change} name={name} />
    </li>
  );
}

function FieldList({ change, nameOf }: { change: UpstreamChange; nameOf: NameOf }) {
  const { t, i18n } = useTranslation();
  const value = (field: string, v: unknown) => fieldValue(t, i18n.language, field, v, nameOf);
  if (change.kind === 'removed') return null;
  if (change.kind === 'moved') return <p className="upstream-fields">{t('upstream.moved')}</p>;
  const fields =
    change.kind === 'added'
      ? change.fields.filter((f) => !HIDDEN_WHEN_ADDED.has(f.field) && f.field !== 'label')
      : change.fields.filter((f) => !GEOMETRY.has(f.field));
  if (fields.length === 0) return null;
  return (
    <ul className="upstream-fields">
      {fields.map((f) => (
        <li key={f.field} className={f.collides ? 'is-collision' : undefined}>
          {fieldName(t, f.field)}:{' '}
          {change.kind === 'added' ? (
            value(f.field, f.after)
          ) : (
            <>
              <del>{value(f.field, f.before)}</del> → <ins>{value(f.field, f.after)}</ins>
            </>
          )}
          {f.collides ? (
            <span className="upstream-ours"> ({t('upstream.ours', { value: value(f.field, f.ours) })})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Centres the map on the element: where it is here, or where the origin has it (a new step). */
function ShowOnMap({ change, name }: { change: UpstreamChange; name: string }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const here = useBoardState((s) => s.nodes[change.id]);
  const edge = useBoardState((s) => s.edges[change.id]);
  const source = useBoardState((s) => (edge ? s.nodes[edge.source] : undefined));
  const at = (): { x: number; y: number } | undefined => {
    if (here) {
      const size = nodeSize(here);
      return { x: here.x + size.width / 2, y: here.y + size.height / 2 };
    }
    if (source) return { x: source.x, y: source.y };
    const field = (name: string) => {
      const found = change.fields.find((f) => f.field === name);
      return found?.after ?? found?.before;
    };
    const [x, y] = [field('x'), field('y')];
    if (typeof x !== 'number' || typeof y !== 'number') return undefined;
    // A kind this browser does not know (a newer schema's) is drawn as a plain box, sized like one.
    const kind = (
      change.elementKind && change.elementKind in NODE_SIZES ? change.elementKind : 'unknown'
    ) as ReadNodeKind;
    const size = nodeSize({ kind, w: field('w') as number | undefined, h: field('h') as number | undefined });
    return { x: x + size.width / 2, y: y + size.height / 2 };
  };
  const target = at();
  if (!target) return null;
  return (
    <button
      type="button"
      className="link-button upstream-show"
      aria-label={t('upstream.showLabel', { name })}
      onClick={() =>
        void flow.setCenter(target.x, target.y, { zoom: Math.max(flow.getZoom(), 1), duration: 300 })
      }
    >
      {t('upstream.show')}
    </button>
  );
}
