/**
 * The page's side of the loader worker, with a stand-in Worker: cancelling one load terminates the worker, and
 * whatever else was waiting on that worker is told so instead of waiting for ever.
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
  it('a cancel rejects its own load as cancelled and every other load on that worker as interrupted', async () => {
    const first = loadDataset(text)
    const second = loadDataset(text)
    second.cancel()
    await expect(second.promise).rejects.toBeInstanceOf(LoadCancelled)
    await expect(first.promise).rejects.toThrow(/interrupted/)
    expect(FakeWorker.all.at(-1)?.terminated).toBe(true)
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
})
