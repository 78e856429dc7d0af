import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import type { ChronomapPage } from './pages/ChronomapPage'

// Markers may be grouped into clusters, so these tests find events through their own paths only.
const dataset = bundledDataset()
const NORD_STREAM_2 = 'nord-stream-2-explosion-2022-09-26'
const NORD_STREAM_1 = 'nord-stream-1-explosions-2022-09-26'
const NATO = 'nato-baltic-northsea-presence-2022-10-11'
const STRIKES = 'strikes-ukraine-2022-10-10'
const KERCH = 'kerch-bridge-explosion-2022-10-08'

function titleOf(id: string): string {
  return dataset.events.find((e) => e.id === id)?.title['en'] ?? id
}

function shape(app: ChronomapPage, id: string): Locator {
  return app.map.locator(`path.cm-shape[data-event-id="${id}"]`)
}

function arrows(app: ChronomapPage): Locator {
  return app.map.locator('[data-testid="relation-arrow"]')
}

function arrow(app: ChronomapPage, from: string, to: string): Locator {
  return app.map.locator(`[data-testid="relation-arrow"][data-from="${from}"][data-to="${to}"]`)
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Zooms the map with the mouse wheel at the centre of an element until it is at least `size` px across. */
async function zoomUntil(app: ChronomapPage, target: Locator, size: number) {
  for (let step = 0; step < 14; step++) {
    const box = (await target.boundingBox())!
    if (Math.max(box.width, box.height) >= size) return
    const { x, y } = await centreOf(target)
    await app.page.mouse.move(x, y)
    await app.page.mouse.wheel(0, -60) // one zoom level
    await app.page.waitForTimeout(120) // Leaflet debounces wheel zoom (wheelDebounceTime 40 ms)
  }
  throw new Error('could not zoom the map far enough')
}

/** A point on an SVG path, a fraction `t` of its length from its first point, relative to its box (for click positions). */
async function pointAlong(path: Locator, t: number): Promise<{ x: number; y: number }> {
  return path.evaluate((element, fraction) => {
    const svgPath = element as SVGPathElement
    const onPath = svgPath.getPointAtLength(svgPath.getTotalLength() * fraction)
    const screen = new DOMPoint(onPath.x, onPath.y).matrixTransform(svgPath.getScreenCTM()!)
    const box = svgPath.getBoundingClientRect()
    return { x: screen.x - box.left, y: screen.y - box.top }
  }, t)
}

test('the Nord Stream 2 no-sail zone is drawn, dashed, and clicking it selects its event everywhere', async ({ app }) => {
  await app.open()
  const zone = shape(app, NORD_STREAM_2)
  await expect(zone).toHaveCount(1)
  await expect(zone).toHaveClass(/is-approximate/)
  await expect(zone).toHaveAttribute('stroke-dasharray', /\d/)
  // the sheet gives no shape for the leak sites NE of Bornholm
  await expect(shape(app, NORD_STREAM_1)).toHaveCount(0)

  await zoomUntil(app, zone, 160)
  // inside the circle, well away from the marker at its centre
  const box = (await zone.boundingBox())!
  await zone.click({ position: { x: box.width / 2, y: box.height * 0.85 } })
  await app.expectSelected(NORD_STREAM_2)
  await expect(zone).toHaveClass(/is-selected/)
})

test('shapes of events outside the timeline window are dimmed', async ({ app }) => {
  await app.open({ from: '2022-10-10', to: '2022-10-20' })
  await expect(shape(app, NORD_STREAM_2)).toHaveClass(/is-outside/)
  await app.open({ from: '2022-09-20', to: '2022-10-20' })
  await expect(shape(app, NORD_STREAM_2)).not.toHaveClass(/is-outside/)
})

test('selecting the NATO deployment draws arrows from both Nord Stream events', async ({ app }) => {
  await app.open({ event: NATO })
  await expect(arrows(app)).toHaveCount(2)
  for (const from of [NORD_STREAM_2, NORD_STREAM_1]) {
    await expect(arrow(app, from, NATO)).toHaveAttribute('data-relation', 'cause')
    await expect(app.map.locator(`path.cm-relation-head[data-from="${from}"][data-to="${NATO}"]`)).toHaveCount(1)
  }
  // Stoltenberg's press conference shares the pin at NATO HQ: no zero-length arrow
  await expect(app.map.locator('[data-testid="relation-arrow"][data-to="stoltenberg-preministerial-2022-10-11"]')).toHaveCount(0)
})

test('selecting the 10 Oct strikes draws an arrow from the Kerch bridge; clicking it selects the bridge', async ({ app, page }) => {
  await app.open({ event: STRIKES })
  const fromKerch = arrow(app, KERCH, STRIKES)
  await expect(fromKerch).toHaveAttribute('data-relation', 'cause')
  // responses point away from the strikes, context is a line without head, same-place events get none
  await expect(arrow(app, STRIKES, 'biden-statement-2022-10-10')).toHaveAttribute('data-relation', 'response')
  await expect(arrow(app, STRIKES, 'strike-lviv-2022-10-10')).toHaveAttribute('data-relation', 'context')
  await expect(app.map.locator('path.cm-relation-head[data-to="strike-lviv-2022-10-10"]')).toHaveCount(0)
  await expect(app.map.locator('[data-testid="relation-arrow"][data-to="strike-kyiv-2022-10-10"]')).toHaveCount(0)

  await zoomUntil(app, fromKerch, 320)
  const position = await pointAlong(fromKerch, 0.5)
  await fromKerch.hover({ position })
  await expect(page.locator('.leaflet-tooltip')).toHaveText(`Cause: ${titleOf(KERCH)}`)
  await fromKerch.click({ position })
  await app.expectSelected(KERCH)
  // now the bridge is selected, and the same link points out of it
  await expect(arrow(app, KERCH, STRIKES)).toHaveAttribute('data-relation', 'response')

  await page.keyboard.press('Escape')
  await expect(app.detail).toHaveCount(0)
  await expect(arrows(app)).toHaveCount(0)
  await expect(app.map.locator('path.cm-relation-head')).toHaveCount(0)
})
