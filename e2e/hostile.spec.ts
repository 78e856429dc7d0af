/**
 * Hostile datasets (docs/security.md, "Hostile-input test plan"): the bundled dataset is answered with a hostile
 * variant, and in every case no script runs, no dialog opens, no prototype is polluted, each problem is reported
 * in an alert, and the app stays usable. The suite-wide fixture also fails on any CSP violation.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset, bundledRaw } from './data'

const DATASET = '**/assets/events-2022-10-*.json'
const dataset = bundledDataset()
const n = dataset.events.length

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<img src=https://attacker.example/p.gif>',
  '<style>body{display:none}</style>',
] as const
const BAD_LINKS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example',
] as const

type Raw = ReturnType<typeof bundledRaw>
type Rec = Record<string, unknown>

/** Serves `body` in place of the bundled dataset; collects dialogs (an XSS canary). */
async function serve(page: Page, body: string): Promise<string[]> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.route(DATASET, (route) => route.fulfill({ contentType: 'application/json', body }))
  return dialogs
}

async function expectUnharmed(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs, 'no dialog opened').toEqual([])
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    polluted: ({} as Record<string, unknown>)['polluted'],
    x: ({} as Record<string, unknown>)['x'],
    injectedImages: document.querySelectorAll('img[src="x"], img[src*="attacker"], .vis-item img, .leaflet-popup-content img, svg[onload]').length,
    injectedStyles: document.querySelectorAll('body style, [style*="inset"], [style*="z-index: 9999"]').length,
  }))
  expect(state).toEqual({ pwned: undefined, polluted: undefined, x: undefined, injectedImages: 0, injectedStyles: 0 })
}

function withEvents(events: Rec[], extra: Rec = {}): Raw {
  return { ...bundledRaw(), ...extra, events }
}

test('script payloads in every text field are shown as text and never run', async ({ app, page }) => {
  const raw = bundledRaw()
  const payload = (i: number) => PAYLOADS[i % PAYLOADS.length]!
  raw['title'] = { en: `${payload(0)} dataset`, de: `${payload(0)} Datensatz` }
  const categories = raw['categories'] as Rec[]
  categories[0] = { ...categories[0], label: { en: `${payload(1)} category`, de: `${payload(1)} Kategorie` } }
  const events = raw.events
  events.forEach((event, i) => {
    const place = event['place'] as Rec | undefined
    events[i] = {
      ...event,
      title: { en: `${payload(i)} title ${i}`, de: `${payload(i)} Titel ${i}` },
      summary: { en: `${payload(i + 1)} summary`, de: `${payload(i + 1)} Zusammenfassung` },
      tags: [payload(i + 2).slice(0, 60)],
      timeNote: payload(i + 3),
      verificationNotes: [payload(i + 4)],
      ...(place ? { place: { ...place, name: payload(i + 5), detail: payload(i) } } : {}),
      sources: [{ publisher: payload(i), title: payload(i + 1), note: payload(i + 2), url: 'https://ok.example/source' }],
    }
  })
  const dialogs = await serve(page, JSON.stringify(raw))
  await app.open()

  await expect(app.listRows()).toHaveCount(n)
  const first = dataset.events[0]!.id
  await expect(app.listRow(first)).toContainText('title')
  // pick a few events across the list: every field is on screen as literal text
  for (const event of dataset.events.slice(0, 6)) {
    await app.listRow(event.id).click()
    await expect(app.detail.locator('h2')).toContainText('<')
    await expect(app.detail).toContainText('summary')
    const links = page.getByTestId('detail-sources').locator('a')
    await expect(links).toHaveCount(1)
    await expect(links).toHaveAttribute('href', 'https://ok.example/source')
    await expect(links).toHaveAttribute('rel', 'noopener noreferrer')
  }
  await expect(page.locator('.dataset-title')).toContainText(`${payload(0)} dataset`)
  await expect(app.legend).toContainText(`${payload(1)} category`)
  await expect(app.timelineItem(first)).toContainText('title 0')
  await expectUnharmed(page, dialogs)
})

test('links that are not http(s) are rejected with the field named, whatever their spelling', async ({ app, page }) => {
  const raw = bundledRaw()
  const base = raw.events[1]!
  BAD_LINKS.forEach((url, i) => raw.events.push({ ...base, id: `bad-link-${i}`, sources: [{ publisher: 'X', url }] }))
  const dialogs = await serve(page, JSON.stringify(raw))
  await app.open()

  const problems = page.getByTestId('load-problems')
  await expect(problems).toContainText(`${BAD_LINKS.length} records could not be loaded`)
  for (let i = 0; i < BAD_LINKS.length; i++) {
    await expect(problems.locator(`[data-record="${n + 1 + i}"]`)).toHaveAttribute('data-field', /sources\[0\]\.url/)
    await expect(app.listRow(`bad-link-${i}`)).toHaveCount(0)
  }
  await expect(app.listRows()).toHaveCount(n)
  // no link anywhere in the app points off http(s)
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i)
  await expectUnharmed(page, dialogs)
})

test('style and class fields in the data have no effect', async ({ app, page }) => {
  const raw = bundledRaw()
  raw.events = raw.events.map((event) => ({
    ...event,
    style: 'position:fixed;inset:0;z-index:9999;background:red',
    className: 'leaflet-control vis-hidden cm-hostile',
    class: 'cm-hostile',
    type: 'background',
    editable: true,
    dataAttributes: 'all',
  }))
  const dialogs = await serve(page, JSON.stringify(raw))
  await app.open()

  await expect(app.timelineItems()).toHaveCount(n)
  await expect(page.locator('.cm-hostile, .vis-item.vis-hidden, .leaflet-marker-icon.leaflet-control, .vis-background[data-event-id]')).toHaveCount(0)
  await expect(page.locator('.vis-item.vis-editable')).toHaveCount(0)
  await expectUnharmed(page, dialogs)
})

test('__proto__ and constructor keys at every level pollute nothing', async ({ app, page }) => {
  const raw = bundledRaw()
  raw.events[0] = { ...raw.events[0], POLLUTE: { polluted: 1 }, place: { ...(raw.events[0]!['place'] as Rec), POLLUTE: { polluted: 1 } } }
  raw.events[1] = { ...raw.events[1], constructor: { prototype: { polluted: 1 } } }
  const text = JSON.stringify({ POLLUTE: { polluted: 1 }, constructor: { prototype: { x: 1 } }, ...raw })
  // JSON.stringify cannot write a "__proto__" key from an object literal; the text can
  const dialogs = await serve(page, text.replaceAll('"POLLUTE"', '"__proto__"'))
  await app.open()

  await expect(app.listRows()).toHaveCount(n)
  await expectUnharmed(page, dialogs)
})

test('a 1 MB string and 10 000-deep nesting are rejected per record; the rest loads', async ({ app, page }) => {
  const raw = bundledRaw()
  raw.events.push({ ...raw.events[1], id: 'huge-title', title: 'A'.repeat(1_000_000) })
  raw.events.push({ ...raw.events[1], id: 'deep-title', title: 'DEEP' })
  raw.events.push({ ...raw.events[1], id: 'deep-extra', properties: 'DEEPER' })
  const deep = '['.repeat(10_000) + ']'.repeat(10_000)
  const text = JSON.stringify(raw).replace('"DEEP"', deep).replace('"DEEPER"', deep)
  const dialogs = await serve(page, text)
  await app.open()

  const problems = page.getByTestId('load-problems')
  await expect(problems.locator(`[data-record="${n + 1}"]`)).toHaveAttribute('data-field', /title/)
  await expect(problems.locator(`[data-record="${n + 2}"]`)).toHaveAttribute('data-field', /title/)
  await expect(app.listRow('huge-title')).toHaveCount(0)
  // an unknown key is dropped, however deep: the record itself is fine
  await expect(app.listRow('deep-extra')).toHaveCount(1)
  await expect(app.listRows()).toHaveCount(n + 1)
  await expectUnharmed(page, dialogs)
})

test('impossible coordinates are rejected with their field and never plotted', async ({ app, page }) => {
  const coordinates: [string, string][] = [
    ['91', '0'],
    ['-90.0001', '0'],
    ['0', '180.5'],
    ['0', '540'],
    ['"NaN"', '0'],
    ['"Infinity"', '0'],
    ['1e400', '0'],
    ['-1e400', '0'],
    ['"48,85"', '2.35'],
    ['""', '0'],
    ['null', '0'],
    ['"0x10"', '0'],
    ['488500', '23'],
  ]
  const raw = bundledRaw()
  coordinates.forEach((_, i) => raw.events.push({ ...raw.events[1], id: `bad-coord-${i}`, place: { name: 'Nowhere', lat: `LAT${i}`, lon: `LON${i}` } }))
  let text = JSON.stringify(raw)
  // as JSON text, so 1e400 reaches the app as the parser reads it (Infinity)
  coordinates.forEach(([lat, lon], i) => {
    text = text.replace(`"LAT${i}"`, lat).replace(`"LON${i}"`, lon)
  })
  const dialogs = await serve(page, text)
  await app.open()

  const problems = page.getByTestId('load-problems')
  await expect(problems).toContainText(`${coordinates.length} records could not be loaded`)
  for (let i = 0; i < coordinates.length; i++) {
    await expect(problems.locator(`[data-record="${n + 1 + i}"]`)).toHaveAttribute('data-field', /place\.(lat|lon)/)
    await expect(app.marker(`bad-coord-${i}`)).toHaveCount(0)
  }
  expect(await app.placedEventIds()).not.toContain('bad-coord-0')
  await expect(app.listRows()).toHaveCount(n)
  await expectUnharmed(page, dialogs)
})

test('impossible dates are rejected with a reason and never rolled over', async ({ app, page }) => {
  const dates: unknown[] = ['2024-02-30', '2023-02-29', '2024-13-01', '-0050-04-20', '+275760-09-13', 1e17, 'yesterday', '2017-02-06 11:00:00', 'NaN']
  const raw = bundledRaw()
  dates.forEach((start, i) => raw.events.push({ ...raw.events[1], id: `bad-date-${i}`, start, precision: 'day' }))
  raw.events.push({ ...raw.events[1], id: 'ends-before-start', start: '2022-10-10T10:00+03:00', end: '2022-10-09T10:00+03:00' })
  const dialogs = await serve(page, JSON.stringify(raw))
  await app.open()

  const problems = page.getByTestId('load-problems')
  await expect(problems).toContainText(`${dates.length + 1} records could not be loaded`)
  for (let i = 0; i < dates.length; i++) {
    await expect(problems.locator(`[data-record="${n + 1 + i}"]`)).toHaveAttribute('data-field', /start|precision/)
    await expect(app.timelineItem(`bad-date-${i}`)).toHaveCount(0)
  }
  await expect(problems.locator(`[data-record="${n + dates.length + 1}"]`)).toHaveAttribute('data-field', /end/)
  await expect(app.timelineItems()).toHaveCount(n)
  await expectUnharmed(page, dialogs)
})

test('duplicate ids: the first record wins, each repeat is reported', async ({ app, page }) => {
  const raw = bundledRaw()
  const first = raw.events[0]!
  raw.events.push({ ...raw.events[3], id: first['id'] }, { ...raw.events[4], id: first['id'] })
  const dialogs = await serve(page, JSON.stringify(raw))
  await app.open()

  const problems = page.getByTestId('load-problems')
  await expect(problems.locator(`[data-record="${n + 1}"]`)).toContainText('duplicate id')
  await expect(problems.locator(`[data-record="${n + 2}"]`)).toContainText('duplicate id')
  await expect(app.listRow(String(first['id']))).toHaveCount(1)
  await expect(app.timelineItems()).toHaveCount(n)
  await expectUnharmed(page, dialogs)
})

test('an empty dataset says so in an alert and leaves the app usable', async ({ page, cspViolations }) => {
  const dialogs = await serve(page, JSON.stringify(withEvents([])))
  await page.goto('/?e2e=1')
  await expect(page.getByTestId('app')).toHaveAttribute('data-state', 'error')
  await expect(page.getByTestId('load-problems')).toContainText('no events')
  await expect(page.getByRole('alert').first()).toBeVisible()
  // the header still works: the language can be switched
  await page.getByTestId('lang-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expectUnharmed(page, dialogs)
  expect(cspViolations).toEqual([])
})

test('a dataset of one event draws it on the map and the timeline', async ({ app, page }) => {
  const one = bundledRaw().events.find((e) => e['place'])!
  const dialogs = await serve(page, JSON.stringify(withEvents([one], { story: [] })))
  await app.open()

  await expect(app.listRows()).toHaveCount(1)
  await expect(app.timelineItems()).toHaveCount(1)
  expect(await app.placedEventCount()).toBe(1)
  // fitBounds on one point must not zoom to infinity
  const transforms = await page.locator('.leaflet-map-pane, .leaflet-marker-icon').evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform))
  for (const transform of transforms) expect(transform).not.toMatch(/NaN|Infinity/)
  await expect(app.marker(String(one['id']))).toBeVisible()
  await expectUnharmed(page, dialogs)
})

test('every event at one point and one time: all are listed, grouped on the map, and reachable', async ({ app, page }) => {
  const raw = bundledRaw()
  raw.events = raw.events.map((event) => ({
    ...event,
    start: '2022-10-10T08:15+03:00',
    end: undefined,
    precision: 'minute',
    place: { name: 'Kyiv', lat: 50.45, lon: 30.52 },
    geometry: undefined,
  }))
  delete raw['story']
  const dialogs = await serve(page, JSON.stringify(raw))
  await app.open()

  await expect(app.listRows()).toHaveCount(n)
  expect(await app.placedEventCount()).toBe(n)
  const id = dataset.events[5]!.id
  await app.listRow(id).click()
  await app.expectSelected(id)
  await expectUnharmed(page, dialogs)
})

test('a view that fails shows what failed; the rest of the app keeps working', async ({ page }) => {
  // Leaflet refuses a container that already holds a map: make the map's container claim it does
  await page.addInitScript(() => {
    const ids = new WeakMap<object, unknown>()
    Object.defineProperty(HTMLElement.prototype, '_leaflet_id', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('map') ? 1 : ids.get(this)
      },
      set(this: HTMLElement, value: unknown) {
        ids.set(this, value)
      },
    })
  })
  await page.goto('/?e2e=1')
  const failed = page.getByTestId('view-error')
  await expect(failed).toHaveAttribute('data-view', 'map')
  await expect(failed).toHaveAttribute('role', 'alert')
  await expect(failed).toContainText('The map could not be shown because of an error')
  await expect(failed).toContainText('already initialized')
  // the data did load: data-state says so, and the failed view is reported on its own (docs/automation.md)
  const root = page.getByTestId('app')
  await expect(root).toHaveAttribute('data-state', 'ready')
  await expect(root).toHaveAttribute('data-view-error', 'map')
  // the timeline, the list and the detail panel still work
  const id = dataset.events[3]!.id
  await page.locator(`[role="option"][data-event-id="${id}"]`).click()
  await expect(page.getByTestId('event-detail')).toHaveAttribute('data-event-id', id)
  await expect(page.locator(`.vis-item[data-event-id="${id}"]`)).toHaveClass(/vis-selected/)
  await page.getByTestId('lang-de').click()
  await expect(failed).toContainText('Die Karte konnte wegen eines Fehlers nicht angezeigt werden')
})
