import { test, expect } from './fixtures'

test('?event= selects the event on load in every view', async ({ app, page }) => {
  await app.open({ event: 'g7-virtual-summit-2022-10-11' })
  await app.expectSelected('g7-virtual-summit-2022-10-11')
  await expect(page.getByTestId('detail-place')).toContainText('Berlin')
})

test('each selection is one history step; Back and Forward walk through them', async ({ app, page }) => {
  await app.open()
  const length = await page.evaluate(() => history.length)
  await app.listRow('lavrov-rossiya1-2022-10-11').click()
  await expect(page).toHaveURL(/event=lavrov-rossiya1-2022-10-11/)
  await app.listRow('fleming-rusi-2022-10-11').click()
  await expect(page).toHaveURL(/event=fleming-rusi-2022-10-11/)
  expect(await page.evaluate(() => history.length)).toBe(length + 2)

  // panning the timeline replaces the entry instead of adding one
  const box = (await app.timeline.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8)
  await page.mouse.wheel(0, -300)
  await expect.poll(() => app.urlParam('from')).not.toBeNull()
  expect(await page.evaluate(() => history.length)).toBe(length + 2)

  await page.goBack()
  await app.expectSelected('lavrov-rossiya1-2022-10-11')
  await page.goForward()
  await app.expectSelected('fleming-rusi-2022-10-11')

  // reloading the URL restores the same selection and window
  const url = page.url()
  const from = await app.urlParam('from')
  await page.goto(url)
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await app.expectSelected('fleming-rusi-2022-10-11')
  expect(await app.urlParam('from')).toBe(from)
})

test('an unknown event in the link gets a clear message and the app still works', async ({ app, page }) => {
  await app.open({ event: 'no-such-event' })
  await expect(page.getByTestId('url-notices')).toContainText('no-such-event')
  await expect(page.getByTestId('url-notices')).toHaveAttribute('role', 'alert')
  await expect(app.detail).toHaveCount(0)
  await app.listRow('kherson-liberation-2022-11-11').click()
  await app.expectSelected('kherson-liberation-2022-11-11')
})

test('an unusable window in the link is reported and the full span shown', async ({ app, page }) => {
  await app.open({ from: '2022-12-01', to: '2022-01-01' })
  await expect(page.getByTestId('url-notices')).toContainText('time window')
  await expect(app.visibleCount).toHaveText('36 of 36 events')
})

test('?lang=de shows the German interface and German month names on the axis', async ({ app, page }) => {
  await app.open({ lang: 'de' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(app.visibleCount).toHaveText('36 von 36 Ereignissen')
  await expect(app.timeline.locator('.vis-time-axis.vis-foreground')).toContainText('Okt')
  await app.listRow('strike-lviv-2022-10-10').click()
  await expect(app.detail).toContainText('Lwiw')
})
