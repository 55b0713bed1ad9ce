// A read-only connection, drawn as the editor draws it: along its stored route (tidy-up, BPMN waypoints) or else
// as a smooth step, with BPMN's mark at its start for a default, conditional or message flow.
import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { RoutePath } from '../board/edges/route-path.ts';
import {
  flowMarkFilled,
  flowMarkPath,
  sideStart,
  type FlowMark,
  type FlowStart,
} from '../board/edges/flow-marks.ts';

/** `route` and `start` are given for a stored route; without them the edge takes React Flow's smooth step. */
export type StaticRouteData = { route?: RoutePath; start?: FlowStart; mark?: FlowMark };

export function StaticRouteEdge(props: EdgeProps<Edge<StaticRouteData, 'route'>>) {
  const { data, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius } = props;
  const route = data?.route ?? smoothStepRoute(props);
  const start = data?.start ?? sideStart({ x: props.sourceX, y: props.sourceY }, props.sourcePosition);
  const mark = data?.mark;
  const stroke = props.style?.stroke;
  return (
    <>
      <BaseEdge
        path={route.path}
        labelX={route.labelX}
        labelY={route.labelY}
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
      {mark ? (
        <path
          className="static-edge-mark"
          data-flow-mark={mark}
          d={flowMarkPath(mark, start)}
          fill={flowMarkFilled(mark) ? '#ffffff' : 'none'}
          stroke={typeof stroke === 'string' ? stroke : '#4a5568'}
          strokeWidth={props.style?.strokeWidth ?? 1.6}
        />
      ) : null}
    </>
  );
}

/** React Flow's smooth step, for an edge without a stored route. */
function smoothStepRoute(props: EdgeProps<Edge<StaticRouteData, 'route'>>): RoutePath {
  const [path, labelX, labelY] = getSmoothStepPath(props);
  return { path, labelX, labelY };
}
