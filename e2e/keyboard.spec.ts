import { test, expect } from './fixtures'
import { bundledDataset } from './data'

const ids = bundledDataset().events.map((e) => e.id)

test('the event list is operable by keyboard', async ({ app, page }) => {
  await app.open()
  await app.list.focus()
  await page.keyboard.press('ArrowDown')
  await app.expectSelected(ids[0]!)
  await page.keyboard.press('ArrowDown')
  await app.expectSelected(ids[1]!)
  await page.keyboard.press('ArrowUp')
  await app.expectSelected(ids[0]!)
  await page.keyboard.press('End')
  await app.expectSelected(ids.at(-1)!)
  await page.keyboard.press('Home')
  await app.expectSelected(ids[0]!)
  await expect(app.list).toHaveAttribute('aria-activedescendant', `list-${ids[0]}`)
  await page.keyboard.press('Escape')
  await expect(app.detail).toHaveCount(0)
})

test('the list is reached with Tab, and a map marker is selected with Enter', async ({ app, page }) => {
  await app.open()
  const marker = await app.revealMarker('fleming-rusi-2022-10-11')
  await expect(marker).toHaveAttribute('role', 'button')
  await expect(marker).toHaveAttribute('aria-label', /Fleming/)
  await marker.focus()
  await page.keyboard.press('Enter')
  await app.expectSelected('fleming-rusi-2022-10-11')

  await page.keyboard.press('Escape')
  await page.locator('body').focus()
  let reached = false
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await app.list.evaluate((el) => el === document.activeElement)
  }
  expect(reached).toBe(true)
})
