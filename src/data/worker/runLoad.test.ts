/**
 * The loader's work, as the worker does it: load, then keep (serialise + store in IndexedDB)
 * without the page ever holding the JSON. fake-indexeddb stands in for the browser's store.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { runKeep, runLoad } from './runLoad'
import type { LoaderMessage } from './protocol'
import { minimalDataset } from '../fixtures/minimal'
import { readDataset } from '../../store/datasetsDb'
import { parseDatasetText } from '../parse'

function collect() {
  const messages: LoaderMessage[] = []
  return { messages, post: (message: LoaderMessage) => void messages.push(message) }
}

const record = (id: string) => ({ id, name: 'test', origin: 'test.json', importedAt: 1, recordVersion: 1 })

describe('runLoad and runKeep', () => {
  it('keeps a loaded dataset as native JSON that reads back into the same events', async () => {
    const load = collect()
    await runLoad({ type: 'load', id: 101, source: { kind: 'text', text: JSON.stringify(minimalDataset()), fileName: 'x.json' } }, load.post)
    const result = load.messages.find((m) => m.type === 'result')
    expect(result && result.type === 'result' && result.outcome.dataset?.events.length).toBe(3)
    expect(result && result.type === 'result' && result.outcome.timings?.validate).toBeGreaterThanOrEqual(0)

    const keep = collect()
    await runKeep({ type: 'keep', id: 101, record: record('kept-1') }, keep.post)
    expect(keep.messages).toEqual([{ id: 101, type: 'kept' }])
    const stored = await readDataset('kept-1')
    expect(stored?.eventCount).toBe(3)
    // the same events; only `record` (the position in the file) follows the stored file's time order
    const withoutRecord = (events: readonly { record: number }[] | undefined) => events?.map(({ record: _record, ...rest }) => rest)
    const again = parseDatasetText(stored?.json ?? '')
    expect(withoutRecord(again.dataset?.events)).toEqual(withoutRecord(result && result.type === 'result' ? result.outcome.dataset?.events : undefined))
  })

  it('says so when it no longer holds the dataset (kept once, or never loaded)', async () => {
    const keep = collect()
    await runKeep({ type: 'keep', id: 101, record: record('kept-2') }, keep.post)
    await runKeep({ type: 'keep', id: 999, record: record('kept-3') }, keep.post)
    expect(keep.messages.map((m) => m.type)).toEqual(['keepFailed', 'keepFailed'])
    expect(await readDataset('kept-2')).toBeNull()
  })

  it('holds only the most recent loads', async () => {
    const post = collect().post
    for (const id of [201, 202, 203]) await runLoad({ type: 'load', id, source: { kind: 'text', text: JSON.stringify(minimalDataset()) } }, post)
    const keep = collect()
    await runKeep({ type: 'keep', id: 201, record: record('old') }, keep.post)
    await runKeep({ type: 'keep', id: 203, record: record('new') }, keep.post)
    expect(keep.messages.map((m) => m.type)).toEqual(['keepFailed', 'kept'])
  })

  it('reads a download\'s bytes as UTF-8, byte-order mark included', async () => {
    const data = minimalDataset()
    data.events[0]!.title = { de: 'Kyjiw – Angriff', en: 'Kyiv' }
    const bytes = new TextEncoder().encode(`\ufeff${JSON.stringify(data)}`)
    const load = collect()
    await runLoad({ type: 'load', id: 301, source: { kind: 'bytes', bytes: bytes.buffer, fileName: 'x.json' } }, load.post)
    const result = load.messages.find((m) => m.type === 'result')
    const titles = result && result.type === 'result' ? result.outcome.dataset?.events.map((e) => e.title['de']) : []
    expect(titles).toContain('Kyjiw – Angriff')
  })
})
