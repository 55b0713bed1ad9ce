// The drawers on the right of the editor and the rail that opens them, one at a time; features add the drawers.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlots } from '../slots-context.tsx';
import { useBoard, useBoardState } from '../store/context.tsx';

/*
 * Which drawer is open lives in the board store, so a feature can open its own from anywhere (a comment
 * pin on the canvas opens the comments) and whatever was open makes way instead of hiding under it.
 */
export function SidePanels() {
  const { t } = useTranslation();
  const { drawers } = useSlots();
  const { store } = useBoard();
  const openId = useBoardState((s) => s.drawer);
  const open = drawers.find((drawer) => drawer.id === openId);
  const close = () => store.setState({ drawer: null });
  return (
    <>
      {open ? (
        // A drawer's code may arrive only now (lazySlot); until then an empty drawer holds its place.
        <Suspense key={open.id} fallback={<aside className="drawer" aria-busy="true" />}>
          <open.Panel onClose={close} />
        </Suspense>
      ) : null}
      <nav className="panel-rail" aria-label={t('editor.panels')}>
        {drawers.map(({ id, Button }) => (
          <Button
            key={id}
            open={openId === id}
            onToggle={() => store.setState({ drawer: openId === id ? null : id })}
          />
        ))}
      </nav>
    </>
  );
}
