/**
 * The offline basemap's drawing: one canvas the size of the map, on which the country outlines (projected once,
 * src/map/countryShapes.ts) are filled and stroked under a scale and a shift for the current view. Leaflet's
 * GeoJSON layer projected, clipped and simplified ~180 outlines again for each view and kept an SVG path each;
 * this was the largest single cost of a first visit (docs/performance.md).
 *
 * The canvas covers the map's container and is redrawn once per frame after a move or zoom; during a zoom
 * animation it is scaled with CSS like Leaflet's own layers, and redrawn sharp at the end.
 */
import L from 'leaflet'
import type { CountryShape } from './countryShapes'

export interface CountryStyle {
  fill: string
  stroke: string
  /** stroke width in CSS pixels, whatever the zoom */
  weight: number
}

interface ZoomAnimMap {
  _getNewPixelOrigin(center: L.LatLng, zoom: number): L.Point
}

export class CountriesLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null
  private shapes: readonly CountryShape[] = []
  private paths: (Path2D | undefined)[] = []
  private frame = 0
  private label = ''
  /** the view the canvas was last drawn for, which a zoom animation scales from */
  private drawn: { center: L.LatLng; zoom: number } | null = null

  constructor(
    private readonly style: CountryStyle,
    options: L.LayerOptions,
  ) {
    super()
    // L.Layer has no initialize of its own to take them
    L.setOptions(this, options)
  }

  /** The outlines to draw; `label` ends up in the canvas's data-resolution (docs/automation.md). */
  setShapes(shapes: readonly CountryShape[], label: string): void {
    this.shapes = shapes
    this.paths = []
    this.label = label
    this.describe()
    this.scheduleDraw()
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'cm-basemap')
    canvas.style.pointerEvents = 'none'
    canvas.setAttribute('aria-hidden', 'true')
    if (zoomAnimated(map)) canvas.classList.add('leaflet-zoom-animated')
    this.canvas = canvas
    this.describe()
    this.getPane()?.appendChild(canvas)
    this.draw()
    return this
  }

  override onRemove(): this {
    if (this.frame) cancelAnimationFrame(this.frame)
    this.frame = 0
    this.canvas?.remove()
    this.canvas = null
    return this
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    const events: Record<string, L.LeafletEventHandlerFn> = {
      move: this.scheduleDraw,
      viewreset: this.scheduleDraw,
      zoom: this.scheduleDraw,
      resize: this.scheduleDraw,
      // the frame after a zoom animation would otherwise show the scaled (blurred) picture
      zoomend: this.draw,
    }
    // Leaflet asks for these before onAdd
    if (this._map && zoomAnimated(this._map)) events['zoomanim'] = this.animateZoom as L.LeafletEventHandlerFn
    return events
  }

  /** what the canvas shows, for tests and automation */
  private describe(): void {
    if (!this.canvas || !this.shapes.length) return
    this.canvas.dataset['resolution'] = this.label
    this.canvas.dataset['shapes'] = String(this.shapes.length)
  }

  private readonly scheduleDraw = (): void => {
    if (!this.frame && this.canvas) this.frame = requestAnimationFrame(this.draw)
  }

  private readonly animateZoom = (event: L.ZoomAnimEvent): void => {
    const map = this._map as (L.Map & ZoomAnimMap) | undefined
    if (!map || !this.canvas || !this.drawn) return
    // as Leaflet's own renderers do it, from the centre: at low zooms the canvas's corners lie beyond the
    // projection's latitudes, and a corner turned into a LatLng and back would land elsewhere
    const scale = map.getZoomScale(event.zoom, this.drawn.zoom)
    const offset = map
      .getSize()
      .multiplyBy(-scale / 2)
      .add(map.project(this.drawn.center, event.zoom))
      .subtract(map._getNewPixelOrigin(event.center, event.zoom))
    L.DomUtil.setTransform(this.canvas, offset, scale)
  }

  private readonly draw = (): void => {
    if (this.frame) cancelAnimationFrame(this.frame)
    this.frame = 0
    const map = this._map as L.Map | undefined
    const canvas = this.canvas
    const context = canvas?.getContext('2d')
    if (!map || !canvas || !context) return
    const size = map.getSize()
    const ratio = window.devicePixelRatio || 1
    const width = Math.max(1, Math.round(size.x * ratio))
    const height = Math.max(1, Math.round(size.y * ratio))
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width
      canvas.height = height
      canvas.style.width = `${size.x}px`
      canvas.style.height = `${size.y}px`
    }
    const topLeft = map.containerPointToLayerPoint([0, 0])
    L.DomUtil.setPosition(canvas, topLeft)
    this.drawn = { center: map.getCenter(), zoom: map.getZoom() }
    context.setTransform(1, 0, 0, 1, 0, 0)
    context.clearRect(0, 0, width, height)
    if (!this.shapes.length) return

    // zoom-0 pixels → this canvas: scale by 2^zoom, then shift by the canvas's place in the world's pixels
    const scale = map.getZoomScale(map.getZoom(), 0)
    const origin = map.getPixelOrigin()
    const left = topLeft.x + origin.x
    const top = topLeft.y + origin.y
    context.setTransform(ratio * scale, 0, 0, ratio * scale, -ratio * left, -ratio * top)
    context.fillStyle = this.style.fill
    context.strokeStyle = this.style.stroke
    context.lineWidth = this.style.weight / scale
    context.lineJoin = 'round'
    // only the outlines whose box meets the view
    const minX = left / scale
    const minY = top / scale
    const maxX = (left + size.x) / scale
    const maxY = (top + size.y) / scale
    this.shapes.forEach((shape, i) => {
      if (shape.maxX < minX || shape.minX > maxX || shape.maxY < minY || shape.minY > maxY) return
      const path = (this.paths[i] ??= pathOf(shape))
      context.fill(path, 'evenodd')
      context.stroke(path)
    })
  }
}

/** as Leaflet decides whether a map animates its zoom */
function zoomAnimated(map: L.Map): boolean {
  return Boolean(map.options.zoomAnimation) && L.Browser.any3d
}

function pathOf(shape: CountryShape): Path2D {
  const path = new Path2D()
  for (const ring of shape.rings) {
    path.moveTo(ring[0] ?? 0, ring[1] ?? 0)
    for (let i = 2; i < ring.length; i += 2) path.lineTo(ring[i] ?? 0, ring[i + 1] ?? 0)
    path.closePath()
  }
  return path
}
