// Translated words the canvas nodes show, made once per language and handed down by context,
// so hundreds of nodes need no i18n subscription of their own.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA, type Medium } from '@prozesswerk/process-model';

export type NodeLabels = {
  minutes(count: number): string;
  medium: Record<Medium, string>;
  unknownKind(kind: string): string;
};

const NodeLabelsContext = createContext<NodeLabels | null>(null);

export function NodeLabelsProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const labels = useMemo<NodeLabels>(() => {
    // "7,5 Min." in German, "7.5 min" in English: the number in the language's own format.
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    return {
      minutes: (count) => t('units.minutesShort', { count, value: number.format(count), lng: language }),
      medium: Object.fromEntries(
        MEDIA.map((medium) => [medium, t(`medium.${medium}`, { lng: language })]),
      ) as Record<Medium, string>,
      unknownKind: (kind) => t('board.unknownKind', { kind, lng: language }),
    };
  }, [t, language]);
  return <NodeLabelsContext.Provider value={labels}>{children}</NodeLabelsContext.Provider>;
}

export function useNodeLabels(): NodeLabels {
  const labels = useContext(NodeLabelsContext);
  if (!labels) throw new Error('useNodeLabels outside <NodeLabelsProvider>');
  return labels;
}
