// The editors' dialog for process details: title, description, LeiKa key (14 digits), FIM tier and tags.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal.tsx';
import { updateProcessMeta, type MetaPatch } from './api.ts';
import { FIM_TIERS, type FimTier, type LibraryProcess } from '../shared/processes-api.ts';
import { FormError } from '../shared/FormError.tsx';
import { useSubmit } from '../shared/use-submit.ts';

type Props = { process: LibraryProcess; onSaved(process: LibraryProcess): void; onCancel(): void };

const LEIKA = /^\d{14}$/;
// Agreed and published come from freezing and publishing; by hand a process is only a draft or in a workshop.
const EDITABLE_STATUSES = ['draft', 'workshop'] as const;
type EditableStatus = (typeof EDITABLE_STATUSES)[number];
const isEditable = (status: string): status is EditableStatus =>
  (EDITABLE_STATUSES as readonly string[]).includes(status);

function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ].slice(0, 20);
}

export function MetadataEditor({ process, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(process.title);
  const [description, setDescription] = useState(process.description);
  const [leika, setLeika] = useState(process.leikaKey ?? '');
  const [tier, setTier] = useState<FimTier | ''>(process.tier ?? '');
  const [tags, setTags] = useState(process.tags.join(', '));
  const [status, setStatus] = useState(process.status);
  const leikaInvalid = leika.trim() !== '' && !LEIKA.test(leika.trim());
  const save = useSubmit(
    () =>
      updateProcessMeta(process.id, {
        title: title.trim(),
        description: description.trim(),
        leikaKey: leika.trim() || null,
        tier: tier || null,
        tags: parseTags(tags),
        ...(isEditable(status) && status !== process.status ? { status } : {}),
      } satisfies MetaPatch),
    { what: 'Saving the process details', onDone: onSaved },
  );
  const { busy, error } = save;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!leikaInvalid) save.submit();
  };

  return (
    <Modal labelledBy="meta-title" onClose={onCancel} onSubmit={submit}>
      <h2 id="meta-title">{t('library.meta.title')}</h2>
      <div className="field">
        <label htmlFor="meta-name">{t('library.meta.name')}</label>
        <input
          id="meta-name"
          value={title}
          maxLength={200}
          required
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="meta-description">{t('library.meta.description')}</label>
        <textarea
          id="meta-description"
          rows={4}
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className={`field${leikaInvalid ? ' has-error' : ''}`}>
        <label htmlFor="meta-leika">{t('library.meta.leika')}</label>
        <input
          id="meta-leika"
          value={leika}
          inputMode="numeric"
          maxLength={14}
          aria-describedby="meta-leika-hint"
          aria-invalid={leikaInvalid}
          onChange={(event) => setLeika(event.target.value)}
        />
        <span id="meta-leika-hint" className={leikaInvalid ? 'field-error' : 'muted'}>
          {leikaInvalid ? t('library.meta.leikaInvalid') : t('library.meta.leikaHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor="meta-tier">{t('library.meta.tier')}</label>
        <select id="meta-tier" value={tier} onChange={(event) => setTier(event.target.value as FimTier | '')}>
          <option value="">{t('library.noTier')}</option>
          {FIM_TIERS.map((value) => (
            <option key={value} value={value}>
              {t(`library.tierName.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {isEditable(process.status) ? (
        <div className="field">
          <label htmlFor="meta-status">{t('library.meta.status')}</label>
          <select
            id="meta-status"
            value={status}
            onChange={(event) => isEditable(event.target.value) && setStatus(event.target.value)}
          >
            {EDITABLE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`library.statusName.${value}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="meta-tags">{t('library.meta.tags')}</label>
        <input
          id="meta-tags"
          value={tags}
          aria-describedby="meta-tags-hint"
          onChange={(event) => setTags(event.target.value)}
        />
        <span id="meta-tags-hint" className="muted">
          {t('library.meta.tagsHint')}
        </span>
      </div>
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy || !title.trim() || leikaInvalid}>
          {t('library.meta.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('library.meta.cancel')}
        </button>
      </div>
    </Modal>
  );
}
