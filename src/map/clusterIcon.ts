import L from 'leaflet'

export interface ClusterIconOptions extends L.DivIconOptions {
  size: number
  /** the pie: category colours and their shares, largest first */
  slices: { color: string; share: number }[]
  /** ids of the events inside, when few enough to list */
  eventIds: readonly string[] | null
  label: string
  expanded: boolean
  state: 'normal' | 'selected' | 'hovered' | 'outside'
}

function conicGradient(slices: ClusterIconOptions['slices']): string {
  let at = 0
  const stops = slices.map(({ color, share }) => {
    const from = at
    at += share * 360
    return `${color} ${from.toFixed(1)}deg ${at.toFixed(1)}deg`
  })
  return `conic-gradient(${stops.join(', ')})`
}

/** A group of events: a pie of its categories with the count in the middle; DOM nodes only. */
export class ClusterIcon extends L.DivIcon {
  declare options: ClusterIconOptions

  constructor(options: Omit<ClusterIconOptions, 'className' | 'iconSize' | 'html'>) {
    const diameter = options.size < 10 ? 32 : options.size < 100 ? 38 : 46
    super({ ...options, className: `cm-cluster is-${options.state}${options.expanded ? ' is-expanded' : ''}`, iconSize: [diameter, diameter], html: false })
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon)
    div.replaceChildren()
    const pie = document.createElement('span')
    pie.className = 'cm-cluster-pie'
    pie.style.background = conicGradient(this.options.slices)
    const count = document.createElement('span')
    count.className = 'cm-cluster-count'
    count.textContent = String(this.options.size)
    pie.appendChild(count)
    div.appendChild(pie)
    div.dataset['clusterSize'] = String(this.options.size)
    if (this.options.eventIds) div.dataset['eventIds'] = this.options.eventIds.join(' ')
    else delete div.dataset['eventIds']
    div.setAttribute('aria-label', this.options.label)
    div.setAttribute('aria-expanded', String(this.options.expanded))
    return div
  }
}
