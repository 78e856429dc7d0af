import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import type { ChronomapPage } from './pages/ChronomapPage'

const dataset = bundledDataset()
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures-data/${name}`, import.meta.url))
const fixtureText = (name: string) => readFileSync(fixture(name), 'utf8')

/** The import dialog (docs/automation.md, "Bring your own events"). */
function importDialog(page: Page) {
  const root = page.getByTestId('import-dialog')
  return {
    root,
    summary: root.getByTestId('import-summary'),
    format: root.getByTestId('import-format'),
    report: root.getByTestId('import-report'),
    errors: root.getByTestId('import-errors'),
    confirm: root.getByTestId('import-confirm'),
    problem: (record: number, field: string) => root.locator(`[data-testid="import-errors"] li[data-record="${record}"][data-field="${field}"]`),
  }
}

async function openImport(page: Page) {
  await page.getByTestId('import-open').click()
  await expect(page.getByTestId('import-dialog')).toBeVisible()
}

async function pickFile(page: Page, path: string) {
  await openImport(page)
  await page.getByTestId('import-file').setInputFiles(path)
  await expect(importDialog(page).report).toBeVisible()
}

async function confirmImport(app: ChronomapPage) {
  const dialog = importDialog(app.page)
  await dialog.confirm.click()
  await expect(dialog.root).toHaveCount(0)
  await expect(app.root).toHaveAttribute('data-state', 'ready')
}

async function ids(rows: Locator) {
  return rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))
}

async function rowTexts(rows: Locator) {
  return rows.evaluateAll((els) => els.map((el) => `${el.getAttribute('data-event-id')}|${(el as HTMLElement).innerText}`))
}

/** A DataTransfer made in the page, holding one file, as a drag from the desktop would bring. */
async function fileTransfer(page: Page, name: string, text: string, type: string) {
  return page.evaluateHandle(
    ({ name, text, type }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], name, { type }))
      return transfer
    },
    { name, text, type },
  )
}

async function selectedDatasetLabel(page: Page) {
  return page.getByTestId('dataset-select').evaluate((el) => {
    const select = el as HTMLSelectElement
    return select.selectedOptions[0]?.textContent ?? ''
  })
}

test('CSV from the file picker: the column mapping is shown, remapping a column changes the result', async ({ app, page }) => {
  test.slow()
  await app.open()
  await pickFile(page, fixture('harbour.csv'))
  const dialog = importDialog(page)

  await expect(dialog.format).toHaveAttribute('data-format', 'csv')
  await expect(dialog.summary).toHaveText('4 imported, 1 rejected')
  await expect(dialog.root.getByTestId('import-no-place')).toContainText('1 without a place: shown on the timeline and in the list only')
  await expect(dialog.problem(4, 'start')).toContainText('Record 4')
  await expect(dialog.problem(4, 'start')).toContainText('quay-4')
  await expect(dialog.problem(4, 'start')).toContainText('day 30 does not exist')

  // recognised columns, and the one left out
  await expect(page.getByTestId('csv-mapping')).toBeVisible()
  await expect(page.getByTestId('csv-map-title')).toHaveValue('headline')
  await expect(page.getByTestId('csv-map-lon')).toHaveValue('lng')
  await expect(page.getByTestId('csv-map-end')).toHaveValue('')
  await expect(page.getByTestId('csv-unmapped')).toContainText('finish')

  // "finish" as the end: the bridge closure now ends before it starts
  await page.getByTestId('csv-map-end').selectOption('finish')
  await expect(dialog.summary).toHaveText('3 imported, 2 rejected')
  await expect(dialog.problem(2, 'end')).toContainText('is before start')
  await expect(page.getByTestId('csv-map-end')).toHaveValue('finish')
  await expect(page.getByTestId('csv-unmapped')).toContainText('Every column is used')

  await confirmImport(app)
  await expect(app.listRows()).toHaveCount(3)
  expect(await ids(app.listRows())).toEqual(['quay-1', 'quay-3', 'quay-5'])
  await expect(app.timelineItems()).toHaveCount(3)
  // a formula-looking title is plain text on screen
  await expect(app.listRow('quay-5')).toContainText('=HYPERLINK("http://example.org")')
  expect(await selectedDatasetLabel(page)).toBe('harbour (3 events)')
  await expect(page.getByTestId('import-open')).toBeFocused()
})

test('GeoJSON and TimelineJS from the file picker; TimelineJS HTML arrives as plain text', async ({ app, page }) => {
  test.slow()
  await app.open()
  await pickFile(page, fixture('quakes.geojson'))
  const dialog = importDialog(page)
  await expect(dialog.format).toHaveAttribute('data-format', 'geojson')
  await expect(dialog.summary).toHaveText('3 imported, 1 rejected')
  await expect(dialog.problem(4, 'start')).toContainText('us7000abcg')
  await expect(dialog.root.getByTestId('import-no-place')).toContainText('1 without a place')
  await expect(page.getByTestId('csv-mapping')).toHaveCount(0)
  await confirmImport(app)
  expect(new Set(await ids(app.listRows()))).toEqual(new Set(['us7000abcd', 'us7000abce', 'us7000abcf']))
  expect(new Set(await app.placedEventIds())).toEqual(new Set(['us7000abcd', 'us7000abce']))

  await pickFile(page, fixture('berlin-timeline.json'))
  await expect(dialog.format).toHaveAttribute('data-format', 'timelinejs')
  await expect(dialog.summary).toHaveText('3 imported, 1 rejected')
  await expect(dialog.problem(4, 'start')).toContainText('start_date is missing')
  await expect(dialog.root.getByTestId('import-no-place')).toContainText('3 without a place')
  await confirmImport(app)
  await expect(app.listRows()).toHaveCount(3)
  await expect(app.timelineItems()).toHaveCount(3)
  await expect(app.markers()).toHaveCount(0)
  await app.listRow('slide-1').click()
  await expect(app.detail).toContainText('Crowds cross at Bornholmer Straße.')
  await expect(app.detail.getByTestId('detail-sources')).toContainText('example.org')
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  // three datasets to choose from now
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveCount(3)
})

test('a file dropped anywhere on the page opens the dialog with its report', async ({ app, page }) => {
  await app.open()
  const transfer = await fileTransfer(page, 'quakes.geojson', fixtureText('quakes.geojson'), 'application/geo+json')
  await page.dispatchEvent('[data-testid="map"]', 'dragenter', { dataTransfer: transfer })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await page.dispatchEvent('[data-testid="map"]', 'dragover', { dataTransfer: transfer })
  await page.dispatchEvent('[data-testid="map"]', 'drop', { dataTransfer: transfer })
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0)
  const dialog = importDialog(page)
  await expect(dialog.format).toHaveAttribute('data-format', 'geojson')
  await expect(dialog.summary).toHaveText('3 imported, 1 rejected')
  await expect(dialog.root.getByTestId('import-source')).toContainText('quakes.geojson')
  await confirmImport(app)
  await expect(app.listRows()).toHaveCount(3)

  // text dragged within the page is no file: no overlay, nothing opens
  const text = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.setData('text/plain', 'hello')
    return transfer
  })
  await page.dispatchEvent('[data-testid="map"]', 'dragenter', { dataTransfer: text })
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0)
})

test('pasted text, and a file pasted with Ctrl+V while the dialog is open', async ({ app, page, context }) => {
  test.slow()
  await app.open()
  await openImport(page)
  await page.getByTestId('import-paste').fill(fixtureText('harbour.csv'))
  await page.getByTestId('import-paste-submit').click()
  const dialog = importDialog(page)
  await expect(dialog.summary).toHaveText('4 imported, 1 rejected')
  await expect(dialog.root.getByTestId('import-source')).toContainText('Pasted data')
  await expect(page.getByTestId('import-name')).toHaveValue('Pasted data')
  await confirmImport(app)
  await expect(app.listRows()).toHaveCount(4)
  expect(await selectedDatasetLabel(page)).toBe('Pasted data (4 events)')

  // a file on the clipboard
  await openImport(page)
  await page.evaluate((text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'quakes.geojson', { type: 'application/geo+json' }))
    ;(document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
  }, fixtureText('quakes.geojson'))
  await expect(dialog.format).toHaveAttribute('data-format', 'geojson')
  await expect(dialog.root.getByTestId('import-source')).toContainText('quakes.geojson')

  // text on the clipboard, pasted with the keyboard
  await page.getByTestId('import-back').click()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((text) => navigator.clipboard.writeText(text), fixtureText('berlin-timeline.json'))
  await expect(page.getByTestId('import-file')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+V')
  await expect(dialog.format).toHaveAttribute('data-format', 'timelinejs')
  await expect(dialog.summary).toHaveText('3 imported, 1 rejected')
})

test('the error report lists every rejection and downloads as CSV', async ({ app, page }) => {
  await app.open()
  await pickFile(page, fixture('harbour.csv'))
  await page.getByTestId('csv-map-end').selectOption('finish')
  const dialog = importDialog(page)
  await expect(dialog.summary).toHaveText('3 imported, 2 rejected')
  await expect(dialog.errors.locator('li')).toHaveCount(2)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-report-download').click()])
  expect(download.suggestedFilename()).toBe('harbour-report.csv')
  const path = await download.path()
  const text = readFileSync(path, 'utf8')
  const lines = text.replace(/^\ufeff/, '').trim().split(/\r\n/)
  expect(lines[0]).toBe('severity,section,record,id,field,reason')
  expect(lines.some((line) => line.startsWith('error,events,2,quay-2,end,') && line.includes('is before start'))).toBe(true)
  expect(lines.some((line) => line.startsWith('error,events,4,quay-4,start,') && line.includes('day 30 does not exist'))).toBe(true)
  // the dialog stays open for the user to decide
  await expect(dialog.confirm).toBeEnabled()
})

test('a file with no valid record changes nothing and says why', async ({ app, page }) => {
  await app.open()
  await pickFile(page, fixture('nothing-valid.csv'))
  const dialog = importDialog(page)
  await expect(dialog.summary).toHaveText('0 imported, 2 rejected')
  await expect(dialog.root.getByTestId('import-nothing')).toContainText('nothing was imported')
  await expect(dialog.problem(1, 'start')).toContainText('"not a date" is not a date')
  await expect(dialog.problem(2, 'start')).toContainText('month 13 does not exist')
  await expect(dialog.confirm).toBeDisabled()

  // nor does text in no format chronomap reads
  await page.getByTestId('import-back').click()
  await page.getByTestId('import-paste').fill('just some words')
  await page.getByTestId('import-paste-submit').click()
  await expect(dialog.format).toHaveAttribute('data-format', 'unknown')
  await expect(dialog.root.locator('li[data-field="(file)"]')).toContainText('not a format chronomap reads')
  await expect(dialog.confirm).toBeDisabled()

  await page.keyboard.press('Escape')
  await expect(dialog.root).toHaveCount(0)
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveCount(1)
})

test('the dialog is a modal: focus moves in, Escape closes it without clearing the selection, focus returns', async ({ app, page }) => {
  await app.open()
  const id = dataset.events[3]!.id
  await app.listRow(id).click()
  await openImport(page)
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog).toHaveAttribute('aria-labelledby', /.+/)
  await expect(page.getByTestId('import-file')).toBeFocused()
  // Tab stays inside
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('import-open')).toBeFocused()
  await app.expectSelected(id)
})

test('a large file shows progress and can be cancelled; nothing changes', async ({ app, page }) => {
  test.slow()
  await app.open()
  const rows = ['id,title,date,lat,lon,category']
  for (let i = 0; i < 100_000; i++) rows.push(`e${i},Event number ${i},2023-01-${String(1 + (i % 28)).padStart(2, '0')},${i % 80}.5,${i % 170}.25,cat${i % 5}`)
  await openImport(page)
  await page.getByTestId('import-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) })
  const progress = page.getByRole('progressbar')
  await expect(progress).toBeVisible()
  await expect(progress).toHaveAttribute('aria-valuetext', /…/)
  await expect(page.getByTestId('import-cancel')).toBeFocused()
  await page.getByTestId('import-cancel').click()
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-status', 'cancelled')
  await expect(page.getByTestId('import-status')).toContainText('Nothing was changed')
  await expect(progress).toHaveCount(0)
  await page.getByTestId('import-close').click()
  await expect(app.listRows()).toHaveCount(dataset.events.length)

  // the next import works: the cancelled worker was replaced
  await pickFile(page, fixture('quakes.geojson'))
  await expect(importDialog(page).summary).toHaveText('3 imported, 1 rejected')
})

test('a tab with an older chronomap holding the stored datasets: the app starts anyway and says which tab to close', async ({ app, page }) => {
  // the other tab: the previous database version, open, never letting go
  const other = await page.context().newPage()
  await other.goto('/favicon.svg')
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('chronomap', 1)
        request.onupgradeneeded = () => {
          request.result.createObjectStore('datasets', { keyPath: 'id' })
          request.result.createObjectStore('meta')
        }
        request.onsuccess = () => {
          ;(window as unknown as { held: IDBDatabase }).held = request.result
          resolve()
        }
        request.onerror = () => reject(request.error ?? new Error('open failed'))
      }),
  )
  await app.open()
  expect(await page.evaluate(() => (window as unknown as { chronomap: { state(): { total: number } } }).chronomap.state().total)).toBe(dataset.events.length)
  await expect(page.getByTestId('url-notices')).toContainText('Another tab has an older version of chronomap open')

  // a file imported meanwhile is shown, and named in the dataset list, though it cannot be kept
  await pickFile(page, fixture('harbour.csv'))
  await confirmImport(app)
  await expect(app.listRows()).toHaveCount(4)
  await expect(page.getByTestId('url-notices')).toContainText('the dataset you imported cannot be kept: it stays only until this page is closed or reloaded')
  await expect.poll(() => selectedDatasetLabel(page)).toBe('harbour (4 events), this visit only')

  // choosing another dataset does not lose it: it is held for this visit
  await page.getByTestId('dataset-select').selectOption({ label: 'Bundled: October 2022' })
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveText(['Bundled: October 2022', 'harbour (4 events), this visit only'])
  await page.getByTestId('dataset-select').selectOption({ label: 'harbour (4 events), this visit only' })
  await expect(app.listRows()).toHaveCount(4)
  await expect(app.root).toHaveAttribute('data-state', 'ready')

  // removing it says where it goes
  await page.getByTestId('dataset-remove').click()
  await expect(page.getByTestId('dataset-remove-confirm')).toContainText('The dataset is gone from this page.')
  await page.getByTestId('dataset-remove-yes').click()
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveCount(1)
  await other.close()
})

test('a browser that keeps no data (IndexedDB refused, as in some private modes): an import is held for the visit', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      },
    })
  })
  await app.open()
  await expect(page.getByTestId('url-notices')).toContainText('This browser does not let chronomap keep data')
  await pickFile(page, fixture('harbour.csv'))
  await confirmImport(app)
  await expect(app.listRows()).toHaveCount(4)
  await expect(page.locator('[data-testid="dataset-select"] option[data-unsaved="true"]')).toHaveText('harbour (4 events), this visit only')
  await page.getByTestId('dataset-select').selectOption({ label: 'Bundled: October 2022' })
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await page.getByTestId('dataset-select').selectOption({ label: 'harbour (4 events), this visit only' })
  await expect(app.listRows()).toHaveCount(4)
  // said once, however often the storage refused
  await expect(page.getByTestId('url-notices').locator('li')).toHaveCount(1)
})

test('imported data survives a reload; switching back to the bundled dataset; removing asks first', async ({ app, page }) => {
  test.slow()
  await app.open()
  await pickFile(page, fixture('harbour.csv'))
  await confirmImport(app)
  const harbour = ['quay-1', 'quay-2', 'quay-3', 'quay-5']

  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  expect(new Set(await ids(app.listRows()))).toEqual(new Set(harbour))
  expect(await selectedDatasetLabel(page)).toBe('harbour (4 events)')
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveText(['Bundled: October 2022', 'harbour (4 events)'])

  // back to the bundled dataset, and it stays so after a reload
  await page.getByTestId('dataset-select').selectOption({ label: 'Bundled: October 2022' })
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('dataset-remove')).toHaveCount(0)
  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(app.listRows()).toHaveCount(dataset.events.length)

  // and to the import again
  await page.getByTestId('dataset-select').selectOption({ label: 'harbour (4 events)' })
  await expect(app.listRows()).toHaveCount(4)

  // removing asks first; "keep it" keeps it
  await page.getByTestId('dataset-remove').click()
  const confirm = page.getByTestId('dataset-remove-confirm')
  await expect(confirm).toBeVisible()
  await expect(confirm).toHaveAttribute('role', 'alertdialog')
  await expect(confirm).toContainText('Remove “harbour”?')
  await expect(page.getByTestId('dataset-remove-no')).toBeFocused()
  await page.getByTestId('dataset-remove-no').click()
  await expect(confirm).toHaveCount(0)
  await expect(app.listRows()).toHaveCount(4)
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveCount(2)

  await page.getByTestId('dataset-remove').click()
  await page.getByTestId('dataset-remove-yes').click()
  await expect(confirm).toHaveCount(0)
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveCount(1)
  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(page.getByTestId('dataset-select').locator('option')).toHaveCount(1)
})

test.describe('?data= links', () => {
  const serve = (page: Page, path: string, file: string) =>
    page.route(`**/${path}`, (route) => route.fulfill({ path: fixture(file), contentType: file.endsWith('.csv') ? 'text/csv' : 'application/json' }))

  test('a same-origin link loads at once when the user has no data of their own', async ({ app, page }) => {
    await serve(page, 'my-data.json', 'quakes.geojson')
    await app.open({ data: '/my-data.json' })
    expect(new Set(await ids(app.listRows()))).toEqual(new Set(['us7000abcd', 'us7000abce', 'us7000abcf']))
    await expect(page.getByTestId('import-pending')).toHaveCount(0)
    expect(await selectedDatasetLabel(page)).toBe('my-data.json (3 events)')
    // the record it rejected is reported as for any load
    await expect(page.getByTestId('load-problems')).toContainText('us7000abcg')
  })

  test("the rest of a link applies to the link's data: its search, window and event", async ({ app, page }) => {
    await serve(page, 'my-data.json', 'quakes.geojson')
    await app.open({ data: '/my-data.json', q: 'chile', from: '2023-12-01', to: '2024-02-01', event: 'us7000abce' })
    await expect(page.getByTestId('search')).toHaveValue('chile')
    expect(await ids(app.listRows())).toEqual(['us7000abce'])
    await app.expectSelected('us7000abce')
    const state = await page.evaluate(() => (window as unknown as { chronomap: { state(): { window: { start: number; end: number } | null } } }).chronomap.state())
    expect(state.window).toEqual({ start: Date.UTC(2023, 11, 1), end: Date.UTC(2024, 1, 1) })
    expect(await app.urlParam('q')).toBe('chile')
    // a category the link's data does not have is reported and left out, as for any link
    await app.open({ data: '/my-data.json', cat: 'no-such-category' })
    await expect(page.getByTestId('url-notices')).toContainText('no-such-category')
    expect(new Set(await ids(app.listRows()))).toEqual(new Set(['us7000abcd', 'us7000abce', 'us7000abcf']))
  })

  test("a link that asks first leaves the user's own data as it was, and gives its view to its data once accepted", async ({ app, page }) => {
    test.slow()
    await serve(page, 'my-data.json', 'quakes.geojson')
    await app.open()
    await pickFile(page, fixture('harbour.csv'))
    await confirmImport(app)
    await app.open({ data: '/my-data.json', q: 'chile', event: 'us7000abce' })
    const pending = page.getByTestId('import-pending')
    await expect(pending).toBeVisible()
    // behind it: the user's own data, unfiltered, and no complaint that it lacks the link's event
    await expect(app.listRows()).toHaveCount(4)
    await expect(page.getByTestId('search')).toHaveValue('')
    await expect(page.getByTestId('url-notices')).toHaveCount(0)
    await pending.getByTestId('import-confirm').click()
    await expect(pending).toHaveCount(0)
    await expect(page.getByTestId('search')).toHaveValue('chile')
    expect(await ids(app.listRows())).toEqual(['us7000abce'])
    await app.expectSelected('us7000abce')
  })

  test('while a link loads, the dataset list says so instead of naming a dataset that is not shown; the timeline shows no dates yet', async ({ app, page }) => {
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/slow.json', async (route) => {
      await held
      await route.fulfill({ path: fixture('quakes.geojson'), contentType: 'application/json' })
    })
    await page.goto('/?e2e=1&data=%2Fslow.json')
    await expect(page.getByTestId('dataset-select')).toBeVisible()
    await expect.poll(() => selectedDatasetLabel(page)).toBe('Loading…')
    // no axis of today's dates, and nothing to choose from yet
    const axis = page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')
    await expect(axis).toHaveCount(1)
    await expect(axis).toBeHidden()
    await expect(page.getByTestId('detail-empty')).toHaveCount(0)
    // the map moves meanwhile (here the reader zooms in; a notice above it changing its size does the same)
    await page.locator('.leaflet-control-zoom-in').click()
    release()
    await expect(app.root).toHaveAttribute('data-state', 'ready')
    expect(await selectedDatasetLabel(page)).toBe('slow.json (3 events)')
    await expect(axis).toBeVisible()
    await expect(page.getByTestId('detail-empty')).toBeVisible()
    // the map shows the link's events (in Japan and off Chile), not the view it had while the data loaded
    for (const id of ['us7000abcd', 'us7000abce']) await expect(app.markerOrGroup(id)).toBeInViewport()
  })

  test('a link asks before it replaces imported data, shows where it comes from; declining drops the parameter', async ({ app, page, baseURL }) => {
    test.slow()
    await serve(page, 'my-data.json', 'quakes.geojson')
    await app.open()
    await pickFile(page, fixture('harbour.csv'))
    await confirmImport(app)

    await app.open({ data: '/my-data.json' })
    const pending = page.getByTestId('import-pending')
    await expect(pending).toBeVisible()
    await expect(pending.getByTestId('import-origin')).toHaveText(`${baseURL}/my-data.json`)
    await expect(pending.getByTestId('import-summary')).toHaveText('3 imported, 1 rejected')
    await expect(pending.locator('[data-testid="import-errors"] li[data-record="4"]')).toContainText('us7000abcg')
    // behind it, the user's own data is still shown
    await expect(app.listRows()).toHaveCount(4)
    await pending.getByTestId('import-decline').click()
    await expect(pending).toHaveCount(0)
    await expect(app.listRows()).toHaveCount(4)
    expect(await app.urlParam('data')).toBeNull()

    await app.open({ data: '/my-data.json' })
    await expect(pending).toBeVisible()
    await pending.getByTestId('import-confirm').click()
    await expect(pending).toHaveCount(0)
    await expect(app.root).toHaveAttribute('data-state', 'ready')
    expect(new Set(await ids(app.listRows()))).toEqual(new Set(['us7000abcd', 'us7000abce', 'us7000abcf']))
    await expect(page.getByTestId('dataset-select').locator('option')).toHaveText(['Bundled: October 2022', 'harbour (4 events)', 'my-data.json (3 events)'])
  })

  test('a link that fails shows why and keeps the parameter', async ({ app, page, consoleErrors }) => {
    test.slow()
    await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'not here' }))
    await app.open({ data: '/missing.json' })
    const notices = page.getByTestId('url-notices')
    await expect(notices).toHaveAttribute('role', 'alert')
    await expect(notices).toContainText('could not be loaded')
    await expect(notices).toContainText('HTTP 404')
    await expect(app.listRows()).toHaveCount(dataset.events.length)
    expect(await app.urlParam('data')).toBe('/missing.json')
    // the loader worker fetches; a failed request the browser logs for it is expected, nothing else
    for (const error of consoleErrors) expect(error).toContain('404')
    consoleErrors.length = 0

    // plain http to another host is never fetched (the fixture would fail the test on any request off this machine)
    await app.open({ data: 'http://example.org/data.json' })
    await expect(notices).toContainText('only https addresses')
    expect(await app.urlParam('data')).toBe('http://example.org/data.json')
    await app.open({ data: 'https://user:secret@example.org/data.json' })
    await expect(notices).toContainText('user name or password')
  })

  test('a link whose file has thousands of bad records lists the first 200 and offers all of them as a report', async ({ app, page }) => {
    // 3,000 events, every second with a start that is no date: 1,500 rejected
    const data = {
      format: 'chronomap',
      version: 1,
      title: 'Half bad',
      categories: [{ id: 'a', label: 'A', color: '#112233' }],
      events: Array.from({ length: 3000 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: k % 2 ? '2022-13-45' : '2022-01-01T00:00Z', category: 'a' })),
    }
    await page.route('**/half-bad.json', (route) => route.fulfill({ json: data }))
    await app.open({ data: '/half-bad.json' })
    const problems = page.getByTestId('load-problems')
    await expect(problems).toContainText('1,500')
    await problems.locator('summary').click()
    await expect(problems.locator('li')).toHaveCount(200)
    await expect(problems.locator('li').first()).toHaveAttribute('data-record', '2')
    await expect(page.getByTestId('load-problems-more')).toContainText('1,300 more')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('load-problems-download').click()])
    expect(download.suggestedFilename()).toBe('chronomap-problems.csv')
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/)
    expect(lines[0]).toBe('severity,section,record,id,field,reason')
    expect(lines).toHaveLength(1 + 1500)
    expect(lines.at(-1)).toMatch(/^error,events,3000,e2999,start,/)
  })

  test('a link whose file has no valid record changes nothing and keeps the parameter', async ({ app, page }) => {
    await serve(page, 'nothing.csv', 'nothing-valid.csv')
    await app.open({ data: '/nothing.csv' })
    const pending = page.getByTestId('import-pending')
    await expect(pending).toBeVisible()
    await expect(pending.getByTestId('import-nothing')).toBeVisible()
    await expect(pending.getByTestId('import-confirm')).toBeDisabled()
    await pending.getByTestId('import-decline').click()
    await expect(pending).toHaveCount(0)
    await expect(app.listRows()).toHaveCount(dataset.events.length)
    expect(await app.urlParam('data')).toBe('/nothing.csv')
  })
})

test.describe('export → import gives back the same events', () => {
  async function exportAs(page: Page, format: 'json' | 'geojson' | 'csv') {
    await page.getByTestId('export-open').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()])
    return { name: download.suggestedFilename(), path: await download.path() }
  }

  test('native JSON of the filtered events', async ({ app, page }) => {
    await app.open()
    await page.getByTestId('search').fill('kyiv')
    const before = await rowTexts(app.listRows())
    expect(before.length).toBeGreaterThan(1)
    expect(before.length).toBeLessThan(dataset.events.length)
    const file = await exportAs(page, 'json')
    expect(file.name).toMatch(/^missile-strikes-the-g20[\w-]*\.json$/)

    await pickFile(page, file.path)
    await expect(importDialog(page).format).toHaveAttribute('data-format', 'chronomap')
    await expect(importDialog(page).summary).toHaveText(`${before.length} imported, 0 rejected`)
    await confirmImport(app)
    await expect(page.getByTestId('search')).toHaveValue('')
    expect(await rowTexts(app.listRows())).toEqual(before)
  })

  test('GeoJSON of every event', async ({ app, page }) => {
    await app.open()
    const before = await rowTexts(app.listRows())
    const placed = new Set(await app.placedEventIds())
    const file = await exportAs(page, 'geojson')
    expect(file.name).toMatch(/\.geojson$/)
    const geo = JSON.parse(readFileSync(file.path, 'utf8')) as { type: string; features: unknown[] }
    expect(geo.type).toBe('FeatureCollection')
    expect(geo.features).toHaveLength(dataset.events.length)

    await pickFile(page, file.path)
    await expect(importDialog(page).format).toHaveAttribute('data-format', 'geojson')
    await expect(importDialog(page).summary).toHaveText(`${dataset.events.length} imported, 0 rejected`)
    await confirmImport(app)
    expect(await rowTexts(app.listRows())).toEqual(before)
    expect(new Set(await app.placedEventIds())).toEqual(placed)
  })

  test('CSV in the current language, formulas neutralised', async ({ app, page }) => {
    await app.open({ lang: 'de' })
    const file = await exportAs(page, 'csv')
    expect(file.name).toMatch(/^raketenangriffe[\w-]*\.csv$/)
    const text = readFileSync(file.path, 'utf8')
    expect(text.startsWith('\ufeffid,title,start,end,latitude,longitude,place,category,description,url,tags')).toBe(true)
    const kyiv = dataset.events.find((e) => e.id === 'strike-kyiv-2022-10-10')
    expect(kyiv).toBeDefined()
    expect(text).toContain(kyiv!.title['de']!)
    expect(text).not.toMatch(/(^|,)[=+@]/m)
  })

  test('nothing to export while the filters hide every event', async ({ app, page }) => {
    await app.open()
    await page.getByTestId('search').fill('no event has this text zzzz')
    await expect(app.listRows()).toHaveCount(0)
    await page.getByTestId('export-open').click()
    await expect(page.getByTestId('export-json')).toBeDisabled()
    await expect(page.getByText('Nothing to export')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('export-json')).toHaveCount(0)
    await expect(page.getByTestId('export-open')).toBeFocused()
  })
})
