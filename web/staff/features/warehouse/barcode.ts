import { code128Bars } from '../../../shared/code128';

const SVG = 'http://www.w3.org/2000/svg';
/** Bar height in modules: with one unit per module, CSS that sets only the height keeps the proportions. */
const HEIGHT = 36;

/** A Code 128 symbol as an SVG of black bars, named for screen readers by its label. */
export function barcodeSvg(text: string, label: string): SVGSVGElement {
  const { modules, bars } = code128Bars(text);
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: `0 0 ${modules} ${HEIGHT}`,
    width: String(modules * 2),
    height: String(HEIGHT * 2),
    preserveAspectRatio: 'none',
    'shape-rendering': 'crispEdges',
    role: 'img',
    'aria-label': label,
    class: 'barcode',
    'data-code': text,
  }))
    svg.setAttribute(name, value);
  for (const bar of bars) {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(bar.x));
    rect.setAttribute('y', '0');
    rect.setAttribute('width', String(bar.width));
    rect.setAttribute('height', String(HEIGHT));
    svg.append(rect);
  }
  return svg;
}
