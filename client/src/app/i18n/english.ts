// The English catalogue, loaded only when someone chooses English: every layer's and feature folder's entries merged side by side.
import app from '../../shared/i18n/en.json';
import { mergeCatalogues, type Entries } from './catalogues.ts';

export const englishFiles = import.meta.glob<Entries>(['../../*/i18n.en.ts', '../../shared/i18n/*.en.ts'], {
  eager: true,
  import: 'en',
});

export const english = mergeCatalogues(app, englishFiles);
