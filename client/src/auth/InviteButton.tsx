// The facilitator's "Einladen" button in the editor's top bar, opening the invite links dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { useProcess } from '../sync/process-context.tsx';
import { InviteDialog } from './InviteDialog.tsx';

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
      {inviting ? <InviteDialog processId={processId} onClose={() => setInviting(false)} /> : null}
    </>
  );
}
