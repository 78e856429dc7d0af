import { expect, type Locator, type Page } from '@playwright/test'

/** The automation contract (docs/automation.md) as a page object. */
export class ChronomapPage {
  readonly root: Locator
  readonly map: Locator
  readonly timeline: Locator
  readonly list: Locator
  readonly detail: Locator
  readonly legend: Locator
  readonly visibleCount: Locator
  readonly alerts: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('app')
    this.map = page.getByTestId('map')
    this.timeline = page.getByTestId('timeline')
    this.list = page.getByTestId('event-list')
    this.detail = page.getByTestId('event-detail')
    this.legend = page.getByTestId('legend')
    this.visibleCount = page.getByTestId('visible-count')
    this.alerts = page.getByRole('alert')
  }

  /** Opens the app with animations off and waits until data is loaded and both views have drawn it. */
  async open(params: Record<string, string> = {}): Promise<void> {
    const search = new URLSearchParams({ e2e: '1', ...params })
    await this.page.goto(`/?${search}`)
    await expect(this.root).toHaveAttribute('data-state', 'ready')
  }

  markers(): Locator {
    return this.map.locator('.leaflet-marker-icon[data-event-id]')
  }
  marker(id: string): Locator {
    return this.map.locator(`.leaflet-marker-icon[data-event-id="${id}"]`)
  }
  clusters(): Locator {
    return this.map.locator('.leaflet-marker-icon.cm-cluster[data-cluster-size]')
  }
  /** The closed group that holds an event (clusters of up to 100 list their events). */
  clusterOf(id: string): Locator {
    return this.map.locator(`.cm-cluster[data-event-ids~="${id}"]:not(.is-expanded)`)
  }

  /** Opens groups around an event, as a reader would, until its own marker is on the map. */
  async revealMarker(id: string): Promise<Locator> {
    for (let i = 0; i < 15 && (await this.marker(id).count()) === 0; i++) {
      await this.clusterOf(id).first().click()
    }
    await expect(this.marker(id)).toBeVisible()
    return this.marker(id)
  }

  /** The marker of an event, or the closed group it sits in. */
  markerOrGroup(id: string): Locator {
    return this.map.locator(`.leaflet-marker-icon[data-event-id="${id}"], .cm-cluster[data-event-ids~="${id}"]:not(.is-expanded)`)
  }

  /** Ids of all placed events on the map: single markers and the members of closed groups. */
  async placedEventIds(): Promise<string[]> {
    const singles = await this.markers().evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))
    const grouped = await this.map
      .locator('.cm-cluster[data-event-ids]:not(.is-expanded)')
      .evaluateAll((els) => els.flatMap((el) => (el.getAttribute('data-event-ids') ?? '').split(' ')))
    return [...singles, ...grouped]
  }

  /** Markers on the map plus the events inside closed groups: every placed event once. */
  async placedEventCount(): Promise<number> {
    const singles = await this.markers().count()
    const grouped = await this.map
      .locator('.cm-cluster[data-cluster-size]:not(.is-expanded)')
      .evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-cluster-size')), 0))
    return singles + grouped
  }

  /** The category mark (an SVG shape in the category colour) in a legend row. */
  legendMark(categoryId: string): Locator {
    return this.legend.locator(`li[data-category="${categoryId}"] .category-mark`)
  }

  /**
   * What a reader sees of a category mark (a marker, a swatch, a row mark): the shape it names, the colour it is
   * filled with (#rrggbb) and how many corners its drawn outline has (0 for a circle).
   */
  async markLook(mark: Locator): Promise<{ shape: string | null; color: string; corners: number }> {
    return mark.evaluate((el) => {
      // a marker holds its SVG, a swatch is one, a mini map's mark is a single path
      const filled = el instanceof SVGPathElement ? el : el.querySelector('path:last-of-type')
      const d = filled?.getAttribute('d') ?? ''
      const rgb = filled ? getComputedStyle(filled).fill : ''
      const hex = `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`
      return { shape: el.getAttribute('data-shape'), color: hex, corners: d.includes('A') ? 0 : (d.match(/[ML]/g) ?? []).length }
    })
  }

  timelineItems(): Locator {
    return this.timeline.locator('.vis-item[data-event-id]')
  }
  timelineItem(id: string): Locator {
    return this.timeline.locator(`.vis-item[data-event-id="${id}"]`)
  }
  listRows(): Locator {
    return this.list.locator('[role="option"][data-event-id]')
  }
  listRow(id: string): Locator {
    return this.list.locator(`[role="option"][data-event-id="${id}"]`)
  }

  /** Asserts that one event is selected in every view. */
  async expectSelected(id: string): Promise<void> {
    await expect(this.detail).toHaveAttribute('data-event-id', id)
    await expect(this.listRow(id)).toHaveAttribute('aria-selected', 'true')
    await expect(this.timelineItem(id)).toHaveClass(/vis-selected/)
    const marker = this.marker(id)
    if ((await marker.count()) > 0) await expect(marker).toHaveClass(/is-selected/)
    await expect(this.page).toHaveURL(new RegExp(`[?&]event=${encodeURIComponent(id)}(&|$)`))
  }

  async urlParam(name: string): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get(name)
  }
}
