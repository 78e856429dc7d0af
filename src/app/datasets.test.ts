/**
 * An accepted import (src/app/datasets.ts, acceptImport): named in the dataset list the moment it is shown, and
 * still listed when it cannot be kept. fake-indexeddb stands in for the browser's store; node has no window, so a
 * small stand-in takes the address.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { acceptImport } from './datasets'
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
})
