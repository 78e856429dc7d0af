import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test'

/** A page of someone else's site with chronomap in an iframe, and the automation contract inside that frame. */
export class EmbedHost {
  static readonly PATH = '/embed-host.html'
  readonly frame: FrameLocator
  readonly root: Locator
  readonly map: Locator
  readonly timeline: Locator
  readonly detail: Locator
  readonly openFullView: Locator

  constructor(readonly page: Page) {
    this.frame = page.frameLocator('iframe')
    this.root = this.frame.getByTestId('app')
    this.map = this.frame.getByTestId('map')
    this.timeline = this.frame.getByTestId('timeline')
    this.detail = this.frame.getByTestId('event-detail')
    this.openFullView = this.frame.getByTestId('open-full-view')
  }

  /** Serves a host page (same origin as the app) with `body` as its content and waits for the embed to be ready. */
  async openWith(body: string): Promise<void> {
    await this.page.route(`**${EmbedHost.PATH}`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:16px;background:#ddd">${body}</body></html>`,
      }),
    )
    await this.page.goto(EmbedHost.PATH)
    // the frame loads the app after the host page: allow for both
    await expect(this.root).toHaveAttribute('data-state', 'ready', { timeout: 15_000 })
  }

  /** Embeds the app at `src` (a path with query) in a frame of the given size. */
  async open(src: string, width: number, height: number): Promise<void> {
    await this.openWith(`<iframe src="${src}" width="${width}" height="${height}" title="chronomap" style="border:0;display:block"></iframe>`)
  }

  /** The frame itself, for its URL. */
  appFrame(): Frame {
    const frame = this.page.frames().find((f) => f !== this.page.mainFrame())
    if (!frame) throw new Error('no iframe on the host page')
    return frame
  }

  param(name: string): string | null {
    return new URL(this.appFrame().url()).searchParams.get(name)
  }

  marker(id: string): Locator {
    return this.map.locator(`.leaflet-marker-icon[data-event-id="${id}"]`)
  }
  clusterOf(id: string): Locator {
    return this.map.locator(`.cm-cluster[data-event-ids~="${id}"]:not(.is-expanded)`)
  }
  timelineItem(id: string): Locator {
    return this.timeline.locator(`.vis-item[data-event-id="${id}"]`)
  }

  /** Opens groups around an event until its own marker is on the map. */
  async revealMarker(id: string): Promise<Locator> {
    for (let i = 0; i < 15 && (await this.marker(id).count()) === 0; i++) {
      await this.clusterOf(id).first().click()
    }
    await expect(this.marker(id)).toBeVisible()
    return this.marker(id)
  }

  /** How far the frame's document can scroll, across and down (0 when it fits). */
  async documentOverflow(): Promise<{ x: number; y: number }> {
    return this.root.evaluate(() => {
      const doc = document.documentElement
      return { x: doc.scrollWidth - doc.clientWidth, y: doc.scrollHeight - doc.clientHeight }
    })
  }
}
