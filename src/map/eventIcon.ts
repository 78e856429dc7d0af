import L from 'leaflet'

export interface EventIconOptions extends L.DivIconOptions {
  eventId: string
  color: string
  label: string
  state: 'normal' | 'selected' | 'hovered' | 'outside'
}

/**
 * A marker icon built as DOM nodes (never HTML strings): the icon element itself
 * carries data-event-id and an accessible name, and the category colour is set
 * through the CSSOM, which a strict CSP allows.
 */
export class EventIcon extends L.DivIcon {
  declare options: EventIconOptions

  constructor(options: Omit<EventIconOptions, 'className' | 'iconSize' | 'html'>) {
    const size = options.state === 'selected' ? 26 : options.state === 'hovered' ? 22 : 16
    super({ ...options, className: `cm-marker is-${options.state}`, iconSize: [size, size], html: false })
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon)
    div.replaceChildren()
    const dot = document.createElement('span')
    dot.className = 'cm-marker-dot'
    dot.style.backgroundColor = this.options.color
    div.appendChild(dot)
    div.dataset['eventId'] = this.options.eventId
    div.setAttribute('aria-label', this.options.label)
    div.setAttribute('aria-pressed', String(this.options.state === 'selected'))
    return div
  }
}
