/**
 * An accepted import (src/app/datasets.ts, acceptImport): named in the dataset list the moment it is shown, and
 * still listed when it cannot be kept. fake-indexeddb stands in for the browser's store; node has no window, so a
 * small stand-in takes the address.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { acceptImport, KEEP_WHEN_QUIET_FROM } from './datasets'
import { listDatasets } from '../store/datasetsDb'
import { useAppStore } from '../store/appStore'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import type { LoadOutcome } from '../data/pipeline'

Object.assign(globalThis, { window: { location: { pathname: '/', search: '', hash: '' }, history: { state: null, replaceState: () => undefined } } })

function outcome(): LoadOutcome {
  const { dataset, problems } = validateDataset(minimalDataset())
  return { format: 'chronomap', dataset, problems, records: dataset?.events.length ?? 0 }
}

describe('acceptImport', () => {
  it('lists the dataset under its name as it is shown, before it is kept (which waits until the views have drawn)', () => {
    const accepted = outcome()
    void acceptImport(accepted, 'harbour', 'harbour.csv', 'import-1')
    const { datasetList, activeDatasetId, dataset } = useAppStore.getState()
    expect(dataset).toBe(accepted.dataset)
    expect(activeDatasetId).toBe('import-1')
    expect(datasetList).toContainEqual({ id: 'import-1', name: 'harbour', origin: 'imported', eventCount: accepted.dataset?.events.length })
  })

  it('keeps a large dataset from a link in IndexedDB only once the reader pauses, and a small one at once', async () => {
    const data = minimalDataset()
    data.events = Array.from({ length: KEEP_WHEN_QUIET_FROM }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: '2022-10-10T08:15Z', category: 'strike' }))
    const { dataset, problems } = validateDataset(data)
    const large: LoadOutcome = { format: 'chronomap', dataset, problems, records: KEEP_WHEN_QUIET_FROM }
    const stored = async () => (await listDatasets()).map((info) => info.id)
    const drawn = () => {
      const { datasetVersion, markDrawn } = useAppStore.getState()
      markDrawn('map', datasetVersion)
      markDrawn('timeline', datasetVersion)
    }
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

    void acceptImport(large, 'large.json', 'https://example.org/large.json', 'url:large')
    drawn()
    // the reader pans for a second and a half: nothing is kept meanwhile
    for (let k = 0; k < 5; k++) {
      await sleep(300)
      useAppStore.getState().setWindow({ start: k * 1000, end: k * 1000 + 500 })
    }
    expect(await stored()).not.toContain('url:large')
    await expect.poll(stored, { timeout: 5_000 }).toContain('url:large')

    void acceptImport(outcome(), 'small.json', 'https://example.org/small.json', 'url:small')
    drawn()
    await expect.poll(stored, { timeout: 1_000 }).toContain('url:small')
  }, 20_000)
})
