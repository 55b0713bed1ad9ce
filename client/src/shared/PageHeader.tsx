// The top bar of the library, version and compare pages: brand, a page title, page actions (those that do not fit
// in a menu), the account and the language switch.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from './AccountMenu.tsx';
import { CollapsingActions } from './CollapsingActions.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { navigate } from './router.ts';

export function PageHeader({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <a
        className="brand"
        href="/"
        aria-label={t('app.brand')}
        onClick={(event) => {
          event.preventDefault();
          navigate('/');
        }}
      >
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>Prozesswerk</span>
      </a>
      {title ? (
        <h1 className="process-title" title={title}>
          {title}
        </h1>
      ) : null}
      <CollapsingActions>{children}</CollapsingActions>
      <AccountMenu />
      <LanguageSwitch />
    </header>
  );
}
