import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import { ChronomapPage } from './pages/ChronomapPage'
import { EmbedHost } from './pages/EmbedHost'

const dataset = bundledDataset()
/** The attributes of the one tag in an HTML snippet (parsed here: a DOMParser in the page would trip the page's CSP). */
function attributesOf(html: string): Record<string, string> {
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return Object.fromEntries([...html.matchAll(/\s([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]))
}

const TIMELINE_EVENT = 'nord-stream-2-explosion-2022-09-26'
const MAP_EVENT = 'kerch-bridge-explosion-2022-10-08'

for (const [width, height] of [
  [320, 480],
  [800, 500],
] as const) {
  test(`an embed in a ${width}×${height} frame: map, timeline and selection work, nothing scrolls`, async ({ page, externalRequests, consoleErrors }) => {
    const host = new EmbedHost(page)
    await host.open('/?embed=1&e2e=1&lang=en', width, height)
    const historyBefore = await page.evaluate(() => history.length)

    // no header chrome, and everything inside the frame
    await expect(host.frame.locator('.app-header')).toHaveCount(0)
    await expect(host.frame.getByTestId('share-button')).toHaveCount(0)
    const frameBox = (await page.locator('iframe').boundingBox())!
    for (const part of [host.map, host.timeline, host.openFullView]) {
      await expect(part).toBeVisible()
      const box = (await part.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(frameBox.x - 1)
      expect(box.y).toBeGreaterThanOrEqual(frameBox.y - 1)
      expect(box.x + box.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1)
      expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1)
    }
    expect((await host.map.boundingBox())!.height).toBeGreaterThan(150)
    expect((await host.timeline.boundingBox())!.height).toBeGreaterThan(110)
    expect(await host.documentOverflow()).toEqual({ x: 0, y: 0 })

    // selection from the timeline
    await host.timelineItem(TIMELINE_EVENT).click()
    await expect(host.detail).toHaveAttribute('data-event-id', TIMELINE_EVENT)
    await expect(host.timelineItem(TIMELINE_EVENT)).toHaveClass(/vis-selected/)
    await expect(host.detail).toBeVisible()
    expect(await host.documentOverflow()).toEqual({ x: 0, y: 0 })

    // selection from the map
    const marker = await host.revealMarker(MAP_EVENT)
    await marker.click()
    await expect(host.detail).toHaveAttribute('data-event-id', MAP_EVENT)
    await expect(host.marker(MAP_EVENT)).toHaveClass(/is-selected/)
    await expect.poll(() => host.param('event')).toBe(MAP_EVENT)
    expect(await host.documentOverflow()).toEqual({ x: 0, y: 0 })

    // the embed keeps its steps out of the host page's history: Back leaves the page
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)

    // "open full view": a new tab with the same view, without embed
    await expect(host.openFullView).toHaveAttribute('target', '_blank')
    await expect(host.openFullView).toHaveAttribute('rel', /\bnoopener\b/)
    const href = new URL((await host.openFullView.getAttribute('href'))!)
    expect(href.searchParams.get('embed')).toBeNull()
    expect(href.searchParams.get('event')).toBe(MAP_EVENT)
    const [tab] = await Promise.all([page.context().waitForEvent('page'), host.openFullView.click()])
    const full = new ChronomapPage(tab)
    await expect(full.root).toHaveAttribute('data-state', 'ready')
    await expect(tab.locator('.app-header')).toBeVisible()
    await full.expectSelected(MAP_EVENT)
    expect(await full.urlParam('from')).toBe(host.param('from'))
    expect(await full.urlParam('to')).toBe(host.param('to'))
    await tab.close()
    expect(externalRequests).toEqual([])
    expect(consoleErrors).toEqual([])
  })
}

test('the share dialog: link and embed code reproduce the view; focus stays inside; Escape closes', async ({ app, page, context, browser }) => {
  // three loads of the app, one of them in a fresh browser
  test.slow()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const selected = 'strike-kyiv-2022-10-10'
  await app.open({ lang: 'en', from: '2022-10-08', to: '2022-10-20' })
  await page.getByTestId('search').fill('kyiv')
  await app.legend.locator('li[data-category="infrastructure"] input').uncheck()
  await app.listRow(selected).click()
  await app.expectSelected(selected)
  const count = await app.visibleCount.innerText()
  const view = Object.fromEntries(['event', 'from', 'to', 'q', 'cat'].map((name) => [name, new URL(page.url()).searchParams.get(name)]))
  expect(view).toMatchObject({ event: selected, from: '2022-10-08', to: '2022-10-20', q: 'kyiv' })
  expect(view['cat']).not.toBeNull()

  const shareButton = page.getByTestId('share-button')
  await shareButton.click()
  const dialog = page.getByRole('dialog', { name: 'Share this view' })
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('share-link')).toBeFocused()

  // focus is trapped: Tab and Shift+Tab go round inside the dialog
  const focusInDialog = () => page.evaluate(() => document.activeElement?.closest('dialog') !== null && document.activeElement !== document.body)
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab')
    expect(await focusInDialog()).toBe(true)
  }
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await focusInDialog()).toBe(true)
  }

  // the link: copied, and it is the full view of this view
  await page.getByTestId('copy-link').click()
  await expect(page.getByTestId('copy-link-status')).toHaveText('Copied')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(await page.getByTestId('share-link').inputValue())
  expect(new URL(link).searchParams.get('embed')).toBeNull()

  // the embed code: sized as asked, titled, lazy, and with the view in its src
  await page.getByTestId('share-width').fill('800')
  await page.getByTestId('share-height').fill('500')
  await page.getByTestId('copy-code').click()
  await expect(page.getByTestId('copy-code-status')).toHaveText('Copied')
  const snippet = await page.evaluate(() => navigator.clipboard.readText())
  expect(snippet).toBe(await page.getByTestId('share-code').inputValue())
  expect(snippet).toMatch(/^<iframe [^<>]*><\/iframe>$/)
  const frame = attributesOf(snippet)
  expect(frame).toMatchObject({ width: '800', height: '500', loading: 'lazy', title: `chronomap: ${dataset.title['en']}` })
  expect(new URL(frame['src']!).searchParams.get('embed')).toBe('1')

  // Escape closes the dialog only: focus back on Share, the selection stays
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(shareButton).toBeFocused()
  await app.expectSelected(selected)

  // the link in a fresh browser shows the same view
  const other = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: page.viewportSize() })
  await other.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.fallback() : route.abort()))
  const fresh = new ChronomapPage(await other.newPage())
  await fresh.page.goto(link)
  await expect(fresh.root).toHaveAttribute('data-state', 'ready')
  await fresh.expectSelected(selected)
  await expect(fresh.page.getByTestId('search')).toHaveValue('kyiv')
  await expect(fresh.legend.locator('li[data-category="infrastructure"] input')).not.toBeChecked()
  await expect(fresh.visibleCount).toHaveText(count)
  for (const name of ['from', 'to', 'cat']) expect(await fresh.urlParam(name)).toBe(view[name])

  // the code pasted into someone's page shows the same view in its frame
  const host = new EmbedHost(await other.newPage())
  await host.openWith(snippet)
  await expect(host.detail).toHaveAttribute('data-event-id', selected)
  await expect(host.frame.getByTestId('visible-count')).toHaveText(count)
  for (const name of ['event', 'from', 'to', 'q', 'cat']) expect(host.param(name)).toBe(view[name])
  await expect(host.timelineItem(selected)).toHaveClass(/vis-selected/)
  await other.close()
})

test('without clipboard access, Copy selects the text and says how to copy it', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } })
    document.execCommand = () => false
  })
  await app.open({ lang: 'en' })
  const shareButton = page.getByTestId('share-button')
  await shareButton.click()
  await page.getByTestId('copy-code').click()
  await expect(page.getByTestId('copy-code-status')).toHaveText('Selected: press Ctrl+C (⌘C on a Mac) to copy')
  const code = page.getByTestId('share-code')
  await expect(code).toBeFocused()
  const selection = await code.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length])
  expect(selection).toEqual([0, selection[2], selection[2]])
  expect(selection[2]).toBeGreaterThan(50)

  // the close button also hands focus back
  await page.getByTestId('share-close').click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(shareButton).toBeFocused()
})
