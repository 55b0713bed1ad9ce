// Every page of the app as its own chunk, loaded when first shown: someone opening a workshop link on weak Wi-Fi
// downloads the editor, not the member administration or the comparison pages.
import type { ComponentProps } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { lazySlot } from '../shared/lazy-slot.ts';
import { processInfoQuery } from './editor/use-process-info.ts';

/** A named export of a module as a lazily loaded component (the board's drawers load the same way). */
const page = lazySlot;

/*
 * BPMN import sits beside "Neuer Prozess" on the library page, and a frozen version's map can be exported as BPMN
 * from its page header: the app, not the library or the versions, knows both. Their code comes with the page's.
 */
export const LibraryPage = page(async () => {
  const [library, { LibraryImport }] = await Promise.all([
    import('../library/LibraryPage.tsx'),
    import('../interchange/LibraryImport.tsx'),
  ]);
  const tools = [LibraryImport];
  return function LibraryWithTools() {
    return <library.LibraryPage tools={tools} />;
  };
});
export const LoginPage = page(async () => (await import('./LoginPage.tsx')).LoginPage);
export const SetupPage = page(async () => (await import('../auth/SetupPage.tsx')).SetupPage);
export const JoinPage = page(async () => (await import('../auth/JoinPage.tsx')).JoinPage);
export const MembersPage = page(async () => (await import('../members/MembersPage.tsx')).MembersPage);
export const InvitationPage = page(
  async () => (await import('../members/InvitationPage.tsx')).InvitationPage,
);
export const ResetPasswordPage = page(
  async () => (await import('../members/ResetPasswordPage.tsx')).ResetPasswordPage,
);
export const VersionPage = page(async () => {
  const [versions, { ExportBpmnButton }] = await Promise.all([
    import('../versions/VersionPage.tsx'),
    import('../interchange/ExportBpmnButton.tsx'),
  ]);
  const tools = [ExportBpmnButton];
  return function VersionWithTools(props: Omit<ComponentProps<typeof versions.VersionPage>, 'tools'>) {
    return <versions.VersionPage {...props} tools={tools} />;
  };
});
// Only when someone switches a frozen version to text.
export const VersionTextView = page(
  async () => (await import('../textview/VersionTextView.tsx')).VersionTextView,
);
export const CompareView = page(async () => (await import('../versions/CompareView.tsx')).CompareView);
export const SheetPage = page(async () => (await import('../analysis/SheetPage.tsx')).SheetPage);
export const ProcessComparePage = page(
  async () => (await import('../analysis/ProcessComparePage.tsx')).ProcessComparePage,
);
export const MunicipalityComparePage = page(
  async () => (await import('../analysis/MunicipalityComparePage.tsx')).MunicipalityComparePage,
);
const loadEditorPage = () => import('./editor/EditorPage.tsx');
export const EditorPage = page(async () => (await loadEditorPage()).EditorPage);

/**
 * The editor's code and its process, asked for as soon as the app starts rather than after the session answered:
 * on weak Wi-Fi each of these waits is a round trip or more before the map can show.
 */
export function preloadEditor(queryClient: QueryClient, processId: string): void {
  void loadEditorPage().catch(() => undefined);
  void queryClient.prefetchQuery(processInfoQuery(processId));
}
