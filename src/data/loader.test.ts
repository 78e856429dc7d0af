/**
 * The page's side of the loader worker, with a stand-in Worker: cancelling one load terminates the worker; the other
 * loads it had start again on a new one, and a keep waiting on it is told so instead of waiting for ever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keepLoadedDataset, LoadCancelled, loadDataset } from './loader'
import type { LoaderMessage, WorkerRequest } from './worker/protocol'

/** Answers a load with an empty result when told to; never answers a keep. */
class FakeWorker extends EventTarget {
  static all: FakeWorker[] = []
  requests: WorkerRequest[] = []
  terminated = false
  constructor() {
    super()
    FakeWorker.all.push(this)
  }
  postMessage(request: WorkerRequest) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  answer(message: LoaderMessage) {
    this.dispatchEvent(new MessageEvent('message', { data: message }))
  }
}

const original = globalThis.Worker
beforeAll(() => {
  globalThis.Worker = FakeWorker as unknown as typeof Worker
})
afterAll(() => {
  globalThis.Worker = original
})

const text = { kind: 'text', text: '{}' } as const
const emptyResult = (id: number): LoaderMessage => ({ id, type: 'result', outcome: { format: 'chronomap', dataset: null, problems: [], records: 0 } })

describe('loadDataset and cancel', () => {
  it('a cancel rejects its own load as cancelled; another load on that worker starts again on a new one', async () => {
    const first = loadDataset(text)
    const worker = FakeWorker.all.at(-1)!
    const firstId = worker.requests.at(-1)!.id
    // half of the first load's events have come when the second load is cancelled
    worker.answer({ id: firstId, type: 'events', events: [], json: '[{"id":"stale"}]' })
    const second = loadDataset(text)
    expect(worker.requests).toHaveLength(2)
    second.cancel()
    await expect(second.promise).rejects.toBeInstanceOf(LoadCancelled)
    expect(worker.terminated).toBe(true)
    // the first load's request went to a new worker, from the start, and only the first load's
    const fresh = FakeWorker.all.at(-1)!
    expect(fresh).not.toBe(worker)
    expect(fresh.requests).toEqual([expect.objectContaining({ type: 'load', id: firstId })])
    // the events received before the restart are dropped: the new worker sends them all again
    fresh.answer({ id: firstId, type: 'events', events: [], json: '[{"id":"a"}]' })
    fresh.answer({ id: firstId, type: 'result', outcome: { format: 'chronomap', dataset: { title: {}, categories: [], events: [] }, problems: [], records: 1 }, assembly: { order: Int32Array.of(0), related: [] } })
    const outcome = await first.promise
    expect(outcome.dataset?.events.map((event) => event.id)).toEqual(['a'])
    // a cancel after the end changes nothing
    first.cancel()
    expect(fresh.terminated).toBe(false)
  })

  it('a keep waiting on a worker that is then terminated resolves false, so the page stores the data itself', async () => {
    const load = loadDataset(text)
    const worker = FakeWorker.all.at(-1)!
    const request = worker.requests.at(-1)!
    worker.answer(emptyResult(request.id))
    const outcome = await load.promise
    const kept = keepLoadedDataset(outcome.keepId, { id: 'x', name: 'x', origin: 'x', importedAt: 0, recordVersion: 1 })
    loadDataset(text).cancel()
    await expect(kept).resolves.toBe(false)
  })

  it('a later load gets a fresh worker', async () => {
    const before = FakeWorker.all.length
    const load = loadDataset(text)
    expect(FakeWorker.all.length).toBe(before + 1)
    const worker = FakeWorker.all.at(-1)!
    worker.answer(emptyResult(worker.requests.at(-1)!.id))
    await expect(load.promise).resolves.toMatchObject({ format: 'chronomap' })
  })

  it("a reset drops the events received before it: the worker sends them all again (a streamed file read the usual way)", async () => {
    const load = loadDataset({ kind: 'url', url: 'https://example.org/x.json' })
    const worker = FakeWorker.all.at(-1)!
    const id = worker.requests.at(-1)!.id
    worker.answer({ id, type: 'events', events: [], json: '[{"id":"streamed"}]' })
    worker.answer({ id, type: 'reset' })
    worker.answer({ id, type: 'events', events: [], json: '[{"id":"b"},{"id":"a"}]' })
    worker.answer({ id, type: 'result', outcome: { format: 'chronomap', dataset: { title: {}, categories: [], events: [] }, problems: [], records: 2 }, assembly: { order: Int32Array.of(1, 0), related: [] } })
    const outcome = await load.promise
    expect(outcome.dataset?.events.map((event) => event.id)).toEqual(['a', 'b'])
  })
})
