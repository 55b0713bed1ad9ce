// Browser entry point: styles, translations, and the app mounted into #root.
import './zod-without-eval.ts';
import { StrictMode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './app/styles.css';
import { App } from './app/App.tsx';
import { initI18n } from './app/i18n/index.ts';
import { createQueryClient } from './shared/query-client.ts';

initI18n();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
