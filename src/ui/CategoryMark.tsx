import type { Shape } from '../data/schema'
import { markPath } from '../lib/markShapes'

const BOX = 12

/**
 * A category swatch: the category's shape (src/lib/markShapes.ts) filled with its colour, as on the map, so
 * categories differ by shape as well as colour. Decorative (the label beside it names the category); sized in
 * CSS (`.category-mark`). React applies `style` through the CSSOM (element.style), which a strict Content
 * Security Policy (style-src 'self') allows, unlike a style attribute.
 */
export function CategoryMark({ color, shape }: { color: string; shape: Shape }) {
  return (
    <svg className="category-mark" data-shape={shape} viewBox={`0 0 ${BOX} ${BOX}`} aria-hidden="true" focusable="false">
      <path d={markPath(shape, BOX, 0.8)} style={{ fill: color }} />
    </svg>
  )
}
