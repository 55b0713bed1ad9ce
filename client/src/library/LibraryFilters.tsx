// Search box and filters of the library: municipality, status, FIM tier and tag.
import { useTranslation } from 'react-i18next';
import { FIM_TIERS, NO_FILTER, PROCESS_STATUSES, type LibraryFilter } from '../shared/processes-api.ts';

type Props = {
  filter: LibraryFilter;
  orgs: readonly { id: string; name: string }[];
  tags: readonly string[];
  onChange(filter: LibraryFilter): void;
};

export function LibraryFilters({ filter, orgs, tags, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof LibraryFilter) => (value: string) => onChange({ ...filter, [key]: value });
  const active = Object.values(filter).some((value) => value !== '');
  return (
    <form className="library-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field library-search">
        <label htmlFor="library-q">{t('library.search')}</label>
        <input
          id="library-q"
          type="search"
          value={filter.q}
          maxLength={200}
          placeholder={t('library.searchPlaceholder')}
          onChange={(event) => set('q')(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="library-org">{t('library.org')}</label>
        <select id="library-org" value={filter.org} onChange={(event) => set('org')(event.target.value)}>
          <option value="">{t('library.all')}</option>
          {orgs.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="library-status">{t('library.status')}</label>
        <select
          id="library-status"
          value={filter.status}
          onChange={(event) => set('status')(event.target.value)}
        >
          <option value="">{t('library.all')}</option>
          {PROCESS_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`library.statusName.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="library-tier">{t('library.tier')}</label>
        <select id="library-tier" value={filter.tier} onChange={(event) => set('tier')(event.target.value)}>
          <option value="">{t('library.all')}</option>
          {FIM_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(`library.tierName.${tier}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="library-tag">{t('library.tag')}</label>
        <select id="library-tag" value={filter.tag} onChange={(event) => set('tag')(event.target.value)}>
          <option value="">{t('library.all')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      {filter.variantsOf ? (
        <p className="library-variants-of">
          {t('library.variantsOf')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ ...filter, variantsOf: '' })}
          >
            {t('library.variantsOfRemove')}
          </button>
        </p>
      ) : null}
      {active ? (
        <button type="button" className="button library-reset" onClick={() => onChange(NO_FILTER)}>
          {t('library.reset')}
        </button>
      ) : null}
    </form>
  );
}
