/**
 * Visual regression: the key screens compared with reviewed baselines (e2e/visual.spec.ts-snapshots/, one PNG per
 * screen and project; tolerance and settings in playwright.config.ts, `expect.toHaveScreenshot`). After a
 * deliberate change to the look, `npm run test:update-screenshots` writes new baselines: look at each changed PNG
 * before committing it.
 *
 * Desktop (1440×900): first load, an event selected, the German interface, present mode, the import dialog.
 * The phone screen is in visual-mobile.spec.ts (the mobile project runs only that one).
 */
import { test, expect } from './fixtures'
import { settle } from './visual'

test.describe('desktop', () => {
  test('first load', async ({ app, page }) => {
    await settle(app, page)
    await expect(page).toHaveScreenshot('first-load.png')
  })

  test('an event selected', async ({ app, page }) => {
    await settle(app, page, { event: 'strike-kyiv-2022-10-10' })
    await expect(app.detail).toHaveAttribute('data-event-id', 'strike-kyiv-2022-10-10')
    await expect(page).toHaveScreenshot('event-selected.png')
  })

  test('German interface', async ({ app, page }) => {
    await settle(app, page, { lang: 'de' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page).toHaveScreenshot('german.png')
  })

  test('present mode', async ({ app, page }) => {
    await settle(app, page, { present: '3' })
    const presenter = page.getByTestId('presenter')
    await expect(presenter).toHaveAttribute('data-step', '3')
    await expect(app.timelineItem((await presenter.getAttribute('data-event-id'))!)).toHaveClass(/vis-selected/)
    await expect(page).toHaveScreenshot('present.png')
  })

  test('import dialog', async ({ app, page }) => {
    await settle(app, page)
    await page.getByTestId('import-open').click()
    await expect(page.getByTestId('import-dialog')).toBeVisible()
    await expect(page.getByTestId('import-file')).toBeFocused()
    await page.mouse.move(1, 1)
    await expect(page).toHaveScreenshot('import-dialog.png')
  })
})
