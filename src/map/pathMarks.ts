import { useEffect, type RefObject } from 'react'
import type { Path } from 'leaflet'

/** Attributes and state classes put on a vector layer's SVG element, for automation and styling. */
export interface PathMarks {
  attributes: Readonly<Record<string, string>>
  classes?: Readonly<Record<string, boolean>>
}

function applyMarks(layer: Path, marks: PathMarks): void {
  const element = layer.getElement()
  if (!(element instanceof Element)) return
  for (const [name, value] of Object.entries(marks.attributes)) element.setAttribute(name, value)
  for (const [name, on] of Object.entries(marks.classes ?? {})) element.classList.toggle(name, on)
}

/**
 * Leaflet creates a path's element only when the layer is added to the map, and a new one on
 * every re-add (StrictMode's second mount does that), so the marks go on after each `add` too.
 * react-leaflet adds a child layer in the child's effect, which runs before this one.
 */
export function usePathMarks(ref: RefObject<Path | null>, marks: PathMarks): void {
  const key = JSON.stringify(marks)
  useEffect(() => {
    const layer = ref.current
    if (!layer) return
    const current = JSON.parse(key) as PathMarks
    const mark = () => applyMarks(layer, current)
    mark()
    layer.on('add', mark)
    return function unbindMarks() {
      layer.off('add', mark)
    }
  }, [ref, key])
}
