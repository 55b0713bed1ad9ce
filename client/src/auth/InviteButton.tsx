// The facilitator's "Einladen" button in the editor's top bar, opening the invite links dialog.
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { lazySlot } from '../shared/lazy-slot.ts';
import { useProcess } from '../sync/process-context.tsx';

// Its code comes when a facilitator first opens it, not with the editor.
const InviteDialog = lazySlot(async () => (await import('./InviteDialog.tsx')).InviteDialog);

export function InviteButton() {
  const { t } = useTranslation();
  const { processId, role } = useProcess();
  const [inviting, setInviting] = useState(false);
  if (!atLeast(role, 'facilitator')) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        aria-expanded={inviting}
        onClick={() => setInviting(!inviting)}
      >
        {t('invite.open')}
      </button>
      {inviting ? (
        <Suspense fallback={null}>
          <InviteDialog processId={processId} onClose={() => setInviting(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
