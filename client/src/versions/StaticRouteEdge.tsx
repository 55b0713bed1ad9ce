// A read-only connection drawn along its stored route (tidy-up, BPMN waypoints), as the editor draws it.
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { RoutePath } from '../board/edges/route-path.ts';

export type StaticRouteData = { route: RoutePath };

export function StaticRouteEdge(props: EdgeProps<Edge<StaticRouteData, 'route'>>) {
  const { data, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius } = props;
  if (!data) return null;
  return (
    <BaseEdge
      path={data.route.path}
      labelX={data.route.labelX}
      labelY={data.route.labelY}
      {...(label !== undefined ? { label } : {})}
      {...(labelStyle ? { labelStyle } : {})}
      {...(labelShowBg !== undefined ? { labelShowBg } : {})}
      {...(labelBgStyle ? { labelBgStyle } : {})}
      {...(labelBgPadding ? { labelBgPadding } : {})}
      {...(labelBgBorderRadius !== undefined ? { labelBgBorderRadius } : {})}
      {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      {...(props.style ? { style: props.style } : {})}
      {...(props.interactionWidth !== undefined ? { interactionWidth: props.interactionWidth } : {})}
    />
  );
}
