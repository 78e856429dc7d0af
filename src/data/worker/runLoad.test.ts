/**
 * The loader's work, as the worker does it: load, then keep (serialise + store in IndexedDB)
 * without the page ever holding the JSON. fake-indexeddb stands in for the browser's store.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { runKeep, runLoad } from './runLoad'
import { ChunkFeed } from '../remote'
import type { LoaderMessage } from './protocol'
import type { Dataset } from '../model'
import { assemble } from '../loader'
import { minimalDataset } from '../fixtures/minimal'
import { readDataset, saveDataset } from '../../store/datasetsDb'
import { parseDatasetText } from '../parse'
import { validateDataset } from '../validate'
import { orderedTimeArrays } from '../../store/timeIndex'
import { WORKER_FROM } from '../../map/clusterInput'
import { buildClusterIndex, isCluster } from '../../map/clusterIndex'
import { unpackIndex } from '../../map/clusterInternals'

function collect() {
  const messages: LoaderMessage[] = []
  return { messages, post: (message: LoaderMessage) => void messages.push(message) }
}

/** The dataset as the page puts it together from the batches and the result (loader.ts). */
function loaded(messages: readonly LoaderMessage[]): Dataset | null {
  // the events after the last reset (loader.ts drops those before it)
  const reset = messages.findLastIndex((m) => m.type === 'reset')
  const received = messages.slice(reset + 1).flatMap((m) => (m.type === 'events' ? m.events : []))
  const result = messages.find((m) => m.type === 'result')
  if (!result || result.type !== 'result' || !result.outcome.dataset || !result.assembly) return null
  return assemble(result.outcome.dataset, received, result.assembly)
}

const record = (id: string) => ({ id, name: 'test', origin: 'test.json', importedAt: 1, recordVersion: 1 })

describe('runLoad and runKeep', () => {
  it('keeps a loaded dataset as native JSON that reads back into the same events', async () => {
    const load = collect()
    await runLoad({ type: 'load', id: 101, source: { kind: 'text', text: JSON.stringify(minimalDataset()), fileName: 'x.json' } }, load.post)
    const result = load.messages.find((m) => m.type === 'result')
    const dataset = loaded(load.messages)
    expect(dataset?.events.length).toBe(3)
    expect(result && result.type === 'result' && result.outcome.timings?.validate).toBeGreaterThanOrEqual(0)

    const keep = collect()
    await runKeep({ type: 'keep', id: 101, record: record('kept-1') }, keep.post)
    expect(keep.messages).toEqual([{ id: 101, type: 'kept' }])
    const stored = await readDataset('kept-1')
    expect(stored?.eventCount).toBe(3)
    // the same events; only `record` (the position in the file) follows the stored file's time order
    const withoutRecord = (events: readonly { record: number }[] | undefined) => events?.map(({ record: _record, ...rest }) => rest)
    const again = parseDatasetText(stored?.json ?? '')
    expect(withoutRecord(again.dataset?.events)).toEqual(withoutRecord(dataset?.events))
  })

  it('says so when it no longer holds the dataset (kept once, or never loaded)', async () => {
    const keep = collect()
    await runKeep({ type: 'keep', id: 101, record: record('kept-2') }, keep.post)
    await runKeep({ type: 'keep', id: 999, record: record('kept-3') }, keep.post)
    expect(keep.messages.map((m) => m.type)).toEqual(['keepFailed', 'keepFailed'])
    expect(await readDataset('kept-2')).toBeNull()
  })

  it('reads a stored dataset from IndexedDB itself, and says so when it is gone', async () => {
    await saveDataset({ ...record('stored-1'), eventCount: 3, json: JSON.stringify(minimalDataset()) })
    const load = collect()
    await runLoad({ type: 'load', id: 111, source: { kind: 'stored', id: 'stored-1' } }, load.post)
    expect(loaded(load.messages)?.events.map((e) => e.id)).toEqual(['b', 'a', 'c'])
    const gone = collect()
    await runLoad({ type: 'load', id: 112, source: { kind: 'stored', id: 'no-such-dataset' } }, gone.post)
    expect(gone.messages.at(-1)).toEqual({ id: 112, type: 'failure', reason: 'the stored dataset is gone or unreadable' })
  })

  it('holds only the most recent loads', async () => {
    const post = collect().post
    for (const id of [201, 202, 203]) await runLoad({ type: 'load', id, source: { kind: 'text', text: JSON.stringify(minimalDataset()) } }, post)
    const keep = collect()
    await runKeep({ type: 'keep', id: 201, record: record('old') }, keep.post)
    await runKeep({ type: 'keep', id: 203, record: record('new') }, keep.post)
    expect(keep.messages.map((m) => m.type)).toEqual(['keepFailed', 'kept'])
  })

  it('reads a download as UTF-8, byte-order mark included', async () => {
    const data = minimalDataset()
    data.events[0]!.title = { de: 'Kyjiw – Angriff', en: 'Kyiv' }
    const bytes = new TextEncoder().encode(`\ufeff${JSON.stringify(data)}`)
    const load = collect()
    // as the worker's entry hands over a download it started (loader.worker.ts), in pieces of 7 bytes: the
    // multi-byte characters and the byte-order mark are cut in two
    const feed = new ChunkFeed()
    for (let at = 0; at < bytes.length; at += 7) feed.add(bytes.subarray(at, at + 7))
    const download = { bytes: Promise.resolve([bytes]), feed, startedAt: 0 }
    await runLoad({ type: 'load', id: 301, source: { kind: 'url', url: 'https://example.org/x.json', fileName: 'x.json' } }, load.post, { download })
    expect(loaded(load.messages)?.events.map((e) => e.title['de'])).toContain('Kyjiw – Angriff')
  })

  it('validates a download while it arrives, and takes the batches back when the file needs reading the usual way', async () => {
    const data = minimalDataset()
    data.events = Array.from({ length: 12_000 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: '2022-10-10T08:15Z', category: 'strike' }))
    const good = JSON.stringify(data)
    // the same file with its categories given again after the events: JSON.parse keeps the later ones
    const late = good.replace(/}$/, ',"categories":[{"id":"strike","label":"Late","color":"#000000"}]}')
    for (const [text, resets] of [[good, 0], [late, 1]] as const) {
      const bytes = new TextEncoder().encode(text)
      const feed = new ChunkFeed()
      let release = () => {}
      const arrived = new Promise<Uint8Array[]>((resolve) => (release = () => resolve([bytes.subarray(0, bytes.length >> 1), bytes.subarray(bytes.length >> 1)])))
      const load = collect()
      const running = runLoad({ type: 'load', id: 302, source: { kind: 'url', url: 'https://example.org/x.json' } }, load.post, { download: { bytes: arrived, feed, startedAt: 0 } })
      // the first half arrives: its events are validated and sent before the rest is there
      feed.add(bytes.subarray(0, bytes.length >> 1))
      await Promise.resolve()
      expect(load.messages.some((m) => m.type === 'events')).toBe(true)
      feed.add(bytes.subarray(bytes.length >> 1))
      release()
      await running
      expect(load.messages.filter((m) => m.type === 'reset')).toHaveLength(resets)
      expect(loaded(load.messages)).toEqual(validateDataset(JSON.parse(text)).dataset)
    }
  })

  it('sends the events in batches while validating, and the page puts together exactly the dataset validation made', async () => {
    // more events than one batch, out of time order, some rejected, some with links to events that never come
    const data = minimalDataset()
    data.events = Array.from({ length: 12_345 }, (_, k) => ({
      id: `e${k}`,
      title: `Event ${k}`,
      start: new Date(Date.UTC(2022, 0, 1) + ((k * 7919) % 12_345) * 3_600_000).toISOString().slice(0, 16) + 'Z',
      category: k % 1000 === 7 ? 'no-such-category' : 'strike',
      related: k % 10 === 3 ? [{ id: `e${k + 1}`, relation: 'response' }, { id: 'missing', relation: 'cause' }] : [],
    }))
    const load = collect()
    // what the page gets is each batch as JSON text made when it is sent (loader.worker.ts): the same round trip here
    const post = (m: LoaderMessage) => load.post(m.type === 'events' ? { ...m, events: JSON.parse(JSON.stringify(m.events)) as typeof m.events } : m)
    await runLoad({ type: 'load', id: 401, source: { kind: 'text', text: JSON.stringify(data) } }, post)
    const types = load.messages.map((m) => m.type).filter((type) => type !== 'progress')
    expect(types.slice(-1)).toEqual(['result'])
    expect(types.filter((type) => type === 'events').length).toBeGreaterThan(1)
    const expected = validateDataset(JSON.parse(JSON.stringify(data)))
    expect(expected.problems.some((p) => p.field === 'related')).toBe(true)
    expect(loaded(load.messages)).toEqual(expected.dataset)
  })

  it("makes the views' indexes from the dataset in its final order: the time index, and the cluster index from 40,000 events on", async () => {
    const data = minimalDataset()
    data.events = Array.from({ length: WORKER_FROM }, (_, k) => ({
      id: `e${k}`,
      title: `Event ${k}`,
      // out of order in the file; every third without a place
      start: new Date(Date.UTC(2022, 0, 1) + ((k * 7919) % WORKER_FROM) * 60_000).toISOString().slice(0, 16) + 'Z',
      category: k % 2 ? 'strike' : 'statement',
      ...(k % 3 ? { place: { name: `P${k}`, lat: (k % 170) - 85, lon: (k % 350) - 175 } } : {}),
    }))
    const load = collect()
    const transfers: Transferable[][] = []
    const post = (message: LoaderMessage, transfer?: Transferable[]) => {
      load.post(message)
      if (transfer) transfers.push(transfer)
    }
    await runLoad({ type: 'load', id: 402, source: { kind: 'text', text: JSON.stringify(data) } }, post, { buildsClusters: true })
    const dataset = loaded(load.messages)
    const result = load.messages.find((m) => m.type === 'result')
    if (!dataset || result?.type !== 'result') throw new Error('no dataset')
    expect(result.indexes?.time).toEqual(orderedTimeArrays(dataset.events))
    expect(result.indexes?.clusterFollows).toBe(true)
    // the cluster index comes after the result, its arrays transferred, and answers as the page's own build would
    const types = load.messages.map((m) => m.type)
    expect(types.slice(-2)).toEqual(['result', 'cluster'])
    const cluster = load.messages.at(-1)
    if (cluster?.type !== 'cluster' || !cluster.packed) throw new Error('no cluster index')
    expect(transfers.at(-1)?.length).toBeGreaterThan(0)
    const sent = unpackIndex(cluster.packed)
    const own = buildClusterIndex(dataset.events)
    const world: [number, number, number, number] = [-180, -85, 180, 85]
    for (const zoom of [0, 3, 8]) expect(sent.getClusters(world, zoom).length).toBe(own.getClusters(world, zoom).length)
    expect(sent.getClusters(world, 0).reduce((n, f) => n + (isCluster(f) ? f.properties.point_count : 1), 0)).toBe(Math.floor((WORKER_FROM * 2) / 3))

    // inline, where the page itself would block on it, and for smaller datasets: no cluster index
    for (const [events, options] of [
      [data.events, {}],
      [data.events.slice(0, 100), { buildsClusters: true }],
    ] as const) {
      const small = collect()
      await runLoad({ type: 'load', id: 403, source: { kind: 'text', text: JSON.stringify({ ...data, events }) } }, small.post, options)
      const smallResult = small.messages.find((m) => m.type === 'result')
      expect(smallResult?.type === 'result' && smallResult.indexes?.time?.starts.length).toBe(events.length)
      expect(smallResult?.type === 'result' && smallResult.indexes?.clusterFollows).toBe(false)
      expect(small.messages.some((m) => m.type === 'cluster')).toBe(false)
    }
  })
})
