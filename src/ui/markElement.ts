import type { Shape } from '../data/schema'
import { markPath } from '../lib/markShapes'

const SVG_NS = 'http://www.w3.org/2000/svg'

export interface MarkOptions {
  /** class of the <svg> */
  className: string
  /** the box in pixels (the outline is drawn in the same units) */
  size: number
  /** distance of the outline from the box's edge */
  inset: number
  /**
   * one path per class, in drawing order, all with the same outline (outer rings first, so CSS can give each
   * its own stroke); the last one is filled with the colour
   */
  layers: readonly string[]
}

/**
 * A category mark for widgets that take DOM nodes (the map's markers, the timeline's items and rows): an SVG
 * built with createElementNS, never from a string; the colour is set through the CSSOM, which a strict Content
 * Security Policy allows. Decorative: it carries aria-hidden and names its shape in data-shape.
 */
export function createMarkElement(shape: Shape, color: string, { className, size, inset, layers }: MarkOptions): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('class', className)
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`)
  svg.setAttribute('width', String(size))
  svg.setAttribute('height', String(size))
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  svg.dataset['shape'] = shape
  const d = markPath(shape, size, inset)
  layers.forEach((layer, k) => {
    const path = document.createElementNS(SVG_NS, 'path')
    path.setAttribute('class', layer)
    path.setAttribute('d', d)
    if (k === layers.length - 1) path.style.fill = color
    svg.appendChild(path)
  })
  return svg
}
