/**
 * One height, in the three conventions newsroom pages already listen for
 * (issue 5). Checked against each project's public code and documentation:
 *
 * - Datawrapper: `{ 'datawrapper-height': { [chartId]: height } }`; its
 *   responsive embed script sets `style.height = height + 'px'` on the iframe
 *   whose `contentWindow` is the message's source.
 * - NPR pym.js: the string `['pym', id, 'height', height].join('xPYMx')`;
 *   pym's Parent matches `^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$` with its own
 *   container id, which it passed to the child as `childId`.
 * - AMP `amp-iframe resizable`: `{ sentinel: 'amp', type: 'embed-size', height }`;
 *   AMP refuses requests under 100 px.
 */
export type HeightMessage =
  | { 'datawrapper-height': Record<string, number> }
  | string
  | { sentinel: 'amp'; type: 'embed-size'; height: number };

export const PYM_DELIMITER = 'xPYMx';

export function heightMessages(id: string, height: number): HeightMessage[] {
  return [
    { 'datawrapper-height': { [id]: height } },
    ['pym', id, 'height', String(height)].join(PYM_DELIMITER),
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}
