// Shared by the visual regression specs (visual.spec.ts, visual-mobile.spec.ts).
import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import type { ChronomapPage } from './pages/ChronomapPage'

/** Opens a view and waits until nothing will change any more: data drawn by both views, fonts, two frames. */
export async function settle(app: ChronomapPage, page: Page, params: Record<string, string> = {}): Promise<void> {
  await app.open(params)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await expect(app.timeline.locator('.vis-item').first()).toBeVisible()
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
  // no hover anywhere: the pointer rests in the header's empty corner
  await page.mouse.move(1, 1)
}
