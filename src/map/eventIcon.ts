import L from 'leaflet'
import type { Shape } from '../data/schema'
import { createMarkElement } from '../ui/markElement'

export interface EventIconOptions extends L.DivIconOptions {
  eventId: string
  color: string
  /** the category's shape: categories differ by shape as well as colour */
  shape: Shape
  label: string
  state: 'normal' | 'selected' | 'hovered' | 'outside'
  /**
   * The selected event drawn on its own while its group stays closed: a picture of where it is, not a control
   * (its group is the one to click or focus), so it is hidden from assistive technology.
   */
  detached?: boolean
}

/** Icon size in pixels per state; the rings (CSS, src/index.css) are drawn beyond it. */
const SIZE: Record<EventIconOptions['state'], number> = { normal: 16, outside: 16, hovered: 22, selected: 26 }

/**
 * A marker icon built as DOM nodes (never HTML strings): the icon element itself carries data-event-id,
 * data-shape and an accessible name; inside, the category's shape as SVG (outer ring, white ring, the shape
 * filled with the category colour), each ring styled per state in CSS.
 */
export class EventIcon extends L.DivIcon {
  declare options: EventIconOptions

  constructor(options: Omit<EventIconOptions, 'className' | 'iconSize' | 'html'>) {
    const size = SIZE[options.state]
    super({ ...options, className: `cm-marker is-${options.state}${options.detached ? ' is-detached' : ''}`, iconSize: [size, size], html: false })
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon)
    const { state, shape, color } = this.options
    div.replaceChildren(
      createMarkElement(shape, color, {
        className: 'cm-marker-shape',
        size: SIZE[state],
        // the edges are drawn outside the outline (CSS): 2 px white, 3 px in the selection colour when selected
        inset: state === 'selected' ? 3 : 2,
        layers: ['cm-marker-halo', 'cm-marker-ring', 'cm-marker-fill'],
      }),
    )
    div.dataset['eventId'] = this.options.eventId
    div.dataset['shape'] = shape
    if (this.options.detached) {
      div.setAttribute('aria-hidden', 'true')
      return div
    }
    div.setAttribute('aria-label', this.options.label)
    div.setAttribute('aria-pressed', String(state === 'selected'))
    return div
  }
}
