import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { bundledDataset, bundledRaw, bundledText } from './data'
import { en } from '../src/i18n/en'
import { de } from '../src/i18n/de'

/** Fixed pieces of every English UI string that differs from its German counterpart. */
const englishFragments = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => en[key] !== de[key])
  .flatMap((key) => en[key].split(/\{\w+\}/))
  .map((fragment) => fragment.trim())
  .filter((fragment) => fragment.length >= 4 && /\p{L}{3}/u.test(fragment))
  // a fragment that the dataset itself contains (a source title, say) is data, not UI
  .filter((fragment) => !bundledText.includes(fragment))
  // and one that German uses too ("Import" in "Importieren") proves nothing
  .filter((fragment) => !Object.values(de).some((german) => german.includes(fragment)))

test.describe('German browser', () => {
  test.use({ locale: 'de-DE' })

  test('the first screen is German throughout, axis included', async ({ app, page }) => {
    await page.goto('/?e2e=1')
    await expect(app.root).toHaveAttribute('data-state', 'ready')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    const text = await page.locator('body').innerText()
    expect(englishFragments.length).toBeGreaterThan(20)
    for (const fragment of englishFragments) expect(text, `English UI text "${fragment}"`).not.toContain(fragment)
    const axis = await app.timeline.locator('.vis-time-axis.vis-foreground').innerText()
    expect(axis).toMatch(/Okt|Nov\./)
    expect(axis).not.toMatch(/\bOct\b/)
    await expect(app.map.getByRole('button', { name: 'Vergrößern' })).toBeVisible()
  })

  test('German dates in the event list never run into the titles', async ({ app, page }) => {
    await page.goto('/?e2e=1')
    await expect(app.root).toHaveAttribute('data-state', 'ready')
    const overlaps = await app.listRows().evaluateAll((rows) =>
      rows.flatMap((row) => {
        const date = row.querySelector('.event-row-date')?.getBoundingClientRect()
        const title = row.querySelector('.event-row-title')?.getBoundingClientRect()
        if (!date || !title) return [`${row.getAttribute('data-event-id')}: date or title missing`]
        // the date's text is wider than its column when it spills over
        const spill = (row.querySelector('.event-row-date') as HTMLElement).scrollWidth - date.width
        return date.right + Math.max(spill, 0) > title.left ? [`${row.getAttribute('data-event-id')}`] : []
      }),
    )
    expect(overlaps).toEqual([])
  })

  test('the detail panel is German, with place names and 24-hour clock', async ({ app, page }) => {
    await page.goto('/?e2e=1&event=strike-kyiv-2022-10-10')
    await expect(app.root).toHaveAttribute('data-state', 'ready')
    await expect(app.detail).toContainText('Raketeneinschläge in Kyjiw')
    await expect(page.getByTestId('detail-time')).toContainText('10. Okt. 2022, 08:15 Uhr (Kyjiw, UTC+3)')
    await expect(app.detail).toContainText('Quellen')
    await expect(app.detail).toContainText('Hinweise zur Prüfung')
    await app.listRow('tymoshenko-power-appeal-2022-10-10').click()
    await expect(page.getByTestId('detail-time')).toContainText('17:00')
    await expect(page.getByTestId('detail-time')).toContainText('22:00 Uhr')
  })
})

test('English browsers start in English; the choice is remembered across visits', async ({ app, page }) => {
  await page.goto('/?e2e=1')
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(app.visibleCount).toHaveText('36 of 36 events')
  await page.getByTestId('lang-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(app.visibleCount).toHaveText('36 von 36 Ereignissen')
  // a new visit without ?lang=
  await page.goto('/?e2e=1')
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(app.visibleCount).toHaveText('36 von 36 Ereignissen')
  await expect(page.getByTestId('lang-de')).toHaveAttribute('aria-pressed', 'true')
})

test('switching language back and forth keeps the selection and the timeline window', async ({ app, page }) => {
  await app.open({ event: 'strike-lviv-2022-10-10', from: '2022-10-08', to: '2022-10-14', lang: 'en' })
  const count = await app.visibleCount.innerText()
  await expect(app.detail).toContainText('Lviv')
  await page.getByTestId('lang-de').click()
  await expect(app.detail).toContainText('Lwiw')
  await app.expectSelected('strike-lviv-2022-10-10')
  expect(await app.urlParam('from')).toBe('2022-10-08')
  expect(await app.urlParam('to')).toBe('2022-10-14')
  expect(await app.urlParam('lang')).toBe('de')
  await expect(app.timeline.locator('.vis-time-axis.vis-foreground')).toContainText('Oktober')
  await page.getByTestId('lang-en').click()
  await expect(app.detail).toContainText('Lviv')
  await app.expectSelected('strike-lviv-2022-10-10')
  expect(await app.urlParam('from')).toBe('2022-10-08')
  await expect(app.visibleCount).toHaveText(count)
})

test('an event that lacks the chosen language shows the other one, marked', async ({ app, page }) => {
  const raw = bundledRaw()
  const first = raw.events[0]!
  raw.events[0] = { ...first, title: { en: 'Only in English' }, summary: { en: 'English summary only.' } }
  await page.route('**/assets/events-2022-10-*.json', (route) => route.fulfill({ json: raw }))
  await app.open({ lang: 'de', event: String(first['id']) })
  const title = app.detail.locator('h2')
  await expect(title).toContainText('Only in English')
  await expect(title).toHaveAttribute('lang', 'en')
  await expect(title.getByTestId('lang-fallback')).toHaveText('nur auf Englisch')
  await expect(app.listRow(String(first['id'])).getByTestId('lang-fallback')).toBeVisible()
  // an event with both languages has no badge
  await app.listRow('strike-kyiv-2022-10-10').click()
  await expect(app.detail.locator('h2').getByTestId('lang-fallback')).toHaveCount(0)
})

test('in German, why a link cannot be loaded is said in German too', async ({ app, page }) => {
  await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'not here' }))
  const notices = page.getByTestId('url-notices')
  await app.open({ lang: 'de', data: '/missing.json' })
  await expect(notices).toContainText('konnte nicht geladen werden')
  await expect(notices).toContainText('der Server antwortete mit HTTP 404')
  await expect(notices).not.toContainText('the server answered')
  // refused before anything is fetched
  await app.open({ lang: 'de', data: 'http://example.org/data.json' })
  await expect(notices).toContainText('nur https-Adressen (oder Dateien dieser Website) werden geladen')
})

test('in German, the import report says why a record was rejected in German, on screen and in the download', async ({ app, page }) => {
  const csv = ['title,date,lat,lon', 'Erster,not a date,52.5,13.4', 'Zweiter,2023-02-30,52.5,13.4', 'Dritter,2023-03-01,91,13.4'].join('\n')
  await app.open({ lang: 'de' })
  await page.getByTestId('import-open').click()
  await page.getByTestId('import-file').setInputFiles({ name: 'orte.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-summary')).toHaveText('1 importiert, 2 abgelehnt')
  const problem = (list: string, record: number, field: string) => dialog.locator(`[data-testid="${list}"] li[data-record="${record}"][data-field="${field}"]`)
  // the file's own words (the column's name, the value) stay as they are
  await expect(problem('import-errors', 1, 'start')).toContainText('Spalte „date“: „not a date“ ist kein Datum, das chronomap lesen kann')
  await expect(problem('import-errors', 2, 'start')).toContainText('den Tag 30 gibt es im Monat 2023-02 nicht')
  await expect(problem('import-warnings', 3, 'place.lat')).toContainText('Spalte „lat“: 91 liegt außerhalb des Bereichs (−90 … 90); das Ereignis wird ohne Ort übernommen')
  await expect(dialog.getByTestId('import-report')).not.toContainText('is not a date')

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('import-report-download').click()])
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/)
  // the column names stay English for scripts that read the report
  expect(lines[0]).toBe('severity,section,record,id,field,reason')
  expect(lines).toContain('error,events,2,row-2,start,den Tag 30 gibt es im Monat 2023-02 nicht')
  expect(lines.join('\n')).not.toContain('does not exist')
})

test('in German, the reasons in the list of records that could not be loaded are German', async ({ app, page }) => {
  const raw = bundledRaw()
  raw.events.push({ ...raw.events[1], id: 'bad-date', start: '2022-02-30T10:00+03:00' })
  await page.route('**/assets/events-2022-10-*.json', (route) => route.fulfill({ json: raw }))
  await app.open({ lang: 'de' })
  const problems = page.getByTestId('load-problems')
  const record = problems.locator(`[data-record="${bundledDataset().events.length + 1}"]`)
  await expect(record.locator('.problem-reason')).toHaveText('den Tag 30 gibt es im Monat 2022-02 nicht')
  // one record: the singular
  await expect(problems.locator('.load-problems-heading')).toHaveText('1 Datensatz konnte nicht geladen werden; der Rest wird angezeigt.')
  await page.getByTestId('lang-en').click()
  await expect(record.locator('.problem-reason')).toHaveText('day 30 does not exist in 2022-02')
  await expect(problems.locator('.load-problems-heading')).toHaveText('1 record could not be loaded; the rest is shown.')
})
