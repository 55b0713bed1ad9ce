// Facilitators create workshop invite links (role, validity, number of people), copy them, and revoke them.
import { Modal } from '../shared/Modal.tsx';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvite, listInvites, revokeInvite, type Invite } from './api.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { FormError } from '../shared/FormError.tsx';

const ROLES = ['editor', 'commenter', 'viewer'] as const;
const VALIDITY_HOURS = [4, 8, 24, 72, 168] as const;

export function InviteDialog({ processId, onClose }: { processId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<(typeof ROLES)[number]>('editor');
  const [hours, setHours] = useState<number>(8);
  const [maxUses, setMaxUses] = useState(30);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    listInvites(processId).then(
      (result) => setInvites(result.invites),
      (failure: unknown) => setError(problemMessage(t, failure, 'invite')),
    );
  }, [processId, t]);
  useEffect(reload, [reload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const invite = await createInvite(processId, { role, expiresInHours: hours, maxUses });
      setCreated(invite.url);
      setCopied(false);
      reload();
    } catch (failure) {
      setError(problemMessage(t, failure, 'invite'));
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied(true);
    } catch {
      // Clipboard access can be denied (insecure origin); the link stays selectable in the field.
      setCopied(false);
    }
  };

  const revoke = async (id: string) => {
    try {
      await revokeInvite(id);
      reload();
    } catch (failure) {
      setError(problemMessage(t, failure, 'invite'));
    }
  };

  const active = invites.filter((invite) => !invite.revokedAt && new Date(invite.expiresAt) > new Date());
  return (
    <Modal labelledBy="invite-title" onClose={onClose}>
      <h2 id="invite-title" className="card-title">
        {t('invite.title')}
      </h2>
      <p className="card-lead">{t('invite.lead')}</p>
      <form onSubmit={submit} className="invite-form">
        <div className="field">
          <label htmlFor="invite-role">{t('invite.role')}</label>
          <select
            id="invite-role"
            value={role}
            onChange={(event) => setRole(event.target.value as typeof role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`invite.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-hours">{t('invite.validFor')}</label>
          <select id="invite-hours" value={hours} onChange={(event) => setHours(Number(event.target.value))}>
            {VALIDITY_HOURS.map((h) => (
              <option key={h} value={h}>
                {t('invite.hours', { count: h })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-uses">{t('invite.maxUses')}</label>
          <input
            id="invite-uses"
            type="number"
            min={1}
            max={1000}
            value={maxUses}
            onChange={(event) => setMaxUses(Math.max(1, Math.min(1000, Number(event.target.value) || 1)))}
          />
        </div>
        <button type="submit" className="button primary">
          {t('invite.create')}
        </button>
      </form>
      {created ? (
        <div className="field invite-created">
          <label htmlFor="invite-link">{t('invite.link')}</label>
          <div className="invite-link-row">
            <input id="invite-link" readOnly value={created} onFocus={(event) => event.target.select()} />
            <button type="button" className="button" onClick={copy}>
              {copied ? t('invite.copied') : t('invite.copy')}
            </button>
          </div>
          <small className="field-hint">{t('invite.shownOnce')}</small>
        </div>
      ) : null}
      <FormError error={error} />
      {active.length > 0 ? (
        <section aria-labelledby="invite-active">
          <h3 id="invite-active">{t('invite.active')}</h3>
          <ul className="invite-list">
            {active.map((invite) => (
              <li key={invite.id}>
                <span>
                  {t(`invite.roles.${invite.role}`)} ·{' '}
                  {t('invite.until', { date: new Date(invite.expiresAt).toLocaleString(i18n.language) })} ·{' '}
                  {t('invite.used', { uses: invite.uses, max: invite.maxUses })}
                </span>
                <button type="button" className="button danger" onClick={() => revoke(invite.id)}>
                  {t('invite.revoke')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('invite.close')}
        </button>
      </div>
    </Modal>
  );
}
