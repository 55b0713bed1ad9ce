// The frame of the pages outside the editor that need no account yet: brand, language switch, one card.
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AuthPageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="start">
      <header className="topbar">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Prozesswerk</span>
        </a>
        <div className="topbar-spacer" />
        <LanguageSwitch />
      </header>
      <main className="start-main narrow">{children}</main>
    </div>
  );
}
