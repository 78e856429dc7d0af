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
