// The German catalogue, bundled with the app: every layer's and feature folder's entries merged side by side.
import app from '../../shared/i18n/de.json';
import { mergeCatalogues, type Entries } from './catalogues.ts';

export const germanFiles = import.meta.glob<Entries>(['../../*/i18n.de.ts', '../../shared/i18n/*.de.ts'], {
  eager: true,
  import: 'de',
});

export const german = mergeCatalogues(app, germanFiles);
