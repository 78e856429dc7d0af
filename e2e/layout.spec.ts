import { test, expect } from './fixtures'

test('wide screens put the map beside the timeline', async ({ app }) => {
  await app.open()
  const map = (await app.map.boundingBox())!
  const timeline = (await app.timeline.boundingBox())!
  expect(timeline.x).toBeGreaterThanOrEqual(map.x + map.width - 2)
  expect(Math.abs(timeline.y - map.y)).toBeLessThan(4)
})

test('narrow screens stack map and timeline without horizontal scrolling', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await app.open()
  const map = (await app.map.boundingBox())!
  const timeline = (await app.timeline.boundingBox())!
  expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height - 2)
  expect(map.width).toBeGreaterThan(370)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('a deep link on a narrow screen keeps the map in view', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await app.open({ event: 'steadfast-noon-2022' })
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(app.map).toBeInViewport()
})
