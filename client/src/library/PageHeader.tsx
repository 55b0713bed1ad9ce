// The top bar of the library, version and compare pages: brand, a page title, page actions and the language switch.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../app/AccountMenu.tsx';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { navigate } from '../app/router.ts';

export function PageHeader({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <a
        className="brand"
        href="/"
        aria-label={t('library.title')}
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
      <div className="topbar-spacer" />
      {children}
      <AccountMenu />
      <LanguageSwitch />
    </header>
  );
}
