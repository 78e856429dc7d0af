/** Visual regression on a phone (390×844, touch): the first screen, the whole page. See visual.spec.ts. */
import { test, expect } from './fixtures'
import { settle } from './visual'

test.describe('mobile', () => {
  test('first load', async ({ app, page }) => {
    await settle(app, page)
    await expect(page).toHaveScreenshot('first-load.png', { fullPage: true })
  })
})
