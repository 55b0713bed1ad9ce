// The words of a map that the library search finds it by: step labels and texts, lane names, connection labels.
import type { ProcessMap } from '@prozesswerk/process-model';

export function mapSearchText(map: ProcessMap): string {
  const words = [
    ...map.nodes.map((node) => node.label),
    ...map.nodes.flatMap((node) => [
      node.attrs.role,
      node.attrs.itSystem,
      node.attrs.legalBasis,
      node.attrs.description,
    ]),
    ...map.lanes.map((lane) => lane.label),
    ...map.edges.map((edge) => edge.label),
  ];
  return words.filter((word): word is string => typeof word === 'string' && word.length > 0).join(' · ');
}
