// Lanes and pools of the SVG export, where the board draws them: bands with a header on the left, columns of a
// vertical pool with a header on top, and each pool framed with a header band carrying its name.
import { LANE_HEADER_WIDTH, POOL_HEADER_SIZE, laneBoxes, poolBoxes } from '@prozesswerk/process-model';
import type { Box, LaneBox, PoolBox, ProcessMap } from '@prozesswerk/process-model';
import { INK } from './map-svg-notation.ts';
import { escapeXml, fitText, num, textBlock } from './svg-text.ts';

const LANE_FILLS = ['#f6f8fb', '#eef2f7'];
const LANE_LINE = '#c8cfd9';
const HEADER_FILL = '#e2e8f0';
/** A vertical pool's lanes carry their name in a header this tall, as on the board. */
const COLUMN_HEADER_HEIGHT = 30;

/** `pools` by id: a message flow may end at a pool drawn closed. */
export type DrawnLanes = { svg: string; areas: Box[]; pools: Map<string, Box> };

export function lanesSvg(map: ProcessMap): DrawnLanes {
  const lanes = laneBoxes(map);
  const pools = poolBoxes(map, lanes);
  const svg = [...lanes.map(laneSvg), ...pools.map(poolSvg)].join('');
  const byId = new Map<string, Box>(pools.map((box) => [box.pool.id, box] as const));
  return { svg, areas: [...lanes, ...pools], pools: byId };
}

function rect(box: Box, fill: string, stroke: string, extra = ''): string {
  return `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="${fill}" stroke="${stroke}"${extra}/>`;
}

function laneSvg(box: LaneBox, index: number): string {
  const fill = LANE_FILLS[index % LANE_FILLS.length] ?? '#f6f8fb';
  const header: Box =
    box.orientation === 'vertical'
      ? { x: box.x, y: box.y, width: box.width, height: COLUMN_HEADER_HEIGHT }
      : { x: box.x, y: box.y, width: LANE_HEADER_WIDTH, height: box.height };
  const name = fitText(box.lane.label, header.width - 16, header.height - 6, 13, 9);
  return (
    `<g class="lane" data-orientation="${box.orientation}">` +
    rect(box, fill, LANE_LINE) +
    rect(header, HEADER_FILL, LANE_LINE) +
    textBlock(
      name.lines,
      header.x + header.width / 2,
      header.y + header.height / 2,
      name.fontSize,
      `font-weight="600" fill="${INK}"`,
    ) +
    '</g>'
  );
}

/*
 * The pool's outline around its lanes and its header band: left of a horizontal pool with the name
 * turned to read upwards (as BPMN tools draw it), above a vertical pool with the name level.
 */
function poolSvg(box: PoolBox): string {
  const vertical = box.pool.orientation === 'vertical';
  const header: Box = vertical
    ? { x: box.x, y: box.y, width: box.width, height: POOL_HEADER_SIZE }
    : { x: box.x, y: box.y, width: POOL_HEADER_SIZE, height: box.height };
  const along = vertical ? header.width : header.height;
  const name = fitText(box.pool.label, along - 16, POOL_HEADER_SIZE - 4, 13, 9);
  const cx = header.x + header.width / 2;
  const cy = header.y + header.height / 2;
  const text = textBlock(name.lines, cx, cy, name.fontSize, `font-weight="600" fill="${INK}"`);
  return (
    `<g class="pool" data-bpmn="pool" data-orientation="${box.pool.orientation}" data-id="${escapeXml(box.pool.id)}">` +
    `<title>${escapeXml(box.pool.label)}</title>` +
    rect(box, 'none', '#6b7686', ' stroke-width="1.5"') +
    `<g data-bpmn="pool-header">` +
    rect(header, '#eef1f5', '#6b7686', ' stroke-width="1.5"') +
    (vertical ? text : `<g transform="rotate(-90 ${num(cx)} ${num(cy)})">${text}</g>`) +
    '</g></g>'
  );
}
