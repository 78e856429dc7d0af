/**
 * A category swatch. React applies `style` through the CSSOM (element.style), which a
 * strict Content Security Policy (style-src 'self') allows, unlike a style attribute.
 */
export function ColorDot({ color }: { color: string }) {
  return <span className="color-dot" style={{ backgroundColor: color }} aria-hidden="true" />
}
