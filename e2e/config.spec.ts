import { test, expect } from './fixtures'
import { bundledRaw } from './data'

test('a deployment’s config.json names its own default dataset', async ({ app, page }) => {
  const raw = bundledRaw()
  const own = { ...raw, title: { en: 'Our school timeline', de: 'Unsere Schulzeitleiste' }, events: raw.events.slice(0, 3) }
  await page.route('**/config.json', (route) => route.fulfill({ json: { data: 'our-school.json' } }))
  await page.route('**/our-school.json', (route) => route.fulfill({ json: own }))
  await app.open({ lang: 'en' })
  await expect(page.locator('.dataset-title')).toHaveText('Our school timeline')
  await expect(app.listRows()).toHaveCount(3)
})

test('a config.json naming a forbidden address falls back to the bundled dataset and says why', async ({ app, page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { data: 'http://elsewhere.example/data.json' } }))
  await app.open({ lang: 'en' })
  await expect(app.listRows()).toHaveCount(bundledRaw().events.length)
  await expect(page.getByTestId('url-notices')).toContainText('config.json')
})
