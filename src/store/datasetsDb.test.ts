/**
 * The stored datasets in IndexedDB (fake-indexeddb stands in for the browser's): kept, listed, read and removed, the
 * list read without the datasets' JSON, and a database of the previous version upgraded with its datasets listed.
 */
import { IDBFactory } from 'fake-indexeddb'
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Db from './datasetsDb'

type Module = typeof Db

/** A fresh browser store and a fresh module (it keeps its open database). */
async function fresh(): Promise<Module> {
  globalThis.indexedDB = new IDBFactory()
  vi.resetModules()
  return import('./datasetsDb')
}

const record = (id: string, importedAt: number, json = '{"big": "file"}'): Db.StoredDataset => ({
  id,
  name: `Dataset ${id}`,
  origin: `${id}.json`,
  importedAt,
  eventCount: 3,
  recordVersion: 1,
  json,
})

/** The object stores that are read from while `run` runs. */
async function storesRead(run: () => Promise<unknown>): Promise<string[]> {
  const read: string[] = []
  const methods = ['get', 'getAll', 'openCursor'] as const
  const spies = methods.map((method) => {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest
    return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      read.push(this.name)
      return original.apply(this, args)
    } as never)
  })
  try {
    await run()
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  return read
}

/** Opens the database at the next version, as a newer chronomap in another tab would. */
function openNewerVersion(db: Module): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db.DB_NAME, db.DB_VERSION + 1)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
}

describe('stored datasets', () => {
  let db: Module
  beforeEach(async () => {
    db = await fresh()
  })
  afterEach(() => vi.restoreAllMocks())

  it('keeps, lists (oldest first), reads and removes datasets', async () => {
    await db.saveDataset(record('b', 2))
    await db.saveDataset(record('a', 1))
    expect((await db.listDatasets()).map((d) => d.id)).toEqual(['a', 'b'])
    expect(await db.listDatasets()).toEqual([
      { id: 'a', name: 'Dataset a', origin: 'a.json', importedAt: 1, eventCount: 3, recordVersion: 1 },
      { id: 'b', name: 'Dataset b', origin: 'b.json', importedAt: 2, eventCount: 3, recordVersion: 1 },
    ])
    expect((await db.readDataset('a'))?.json).toBe('{"big": "file"}')
    await db.setActiveId('a')
    await db.deleteDataset('a')
    expect((await db.listDatasets()).map((d) => d.id)).toEqual(['b'])
    expect(await db.readDataset('a')).toBeNull()
    expect(await db.getActiveId()).toBeNull()
  })

  it('lists the datasets without reading their JSON', async () => {
    await db.saveDataset(record('a', 1, 'x'.repeat(100_000)))
    const read = await storesRead(() => db.listDatasets())
    expect(read.length).toBeGreaterThan(0)
    expect(read).not.toContain('datasets')
  })

  it('says storage is unavailable, instead of waiting, while a tab with the previous version holds the database', async () => {
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.DB_NAME, 1)
      request.onupgradeneeded = () => request.result.createObjectStore('datasets', { keyPath: 'id' })
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    // the older version never closes on "versionchange"
    await expect(db.listDatasets()).rejects.toBeInstanceOf(db.StorageBlocked)
    // and every later call says so at once too, instead of queueing behind the open that waits for that tab
    await expect(db.saveDataset(record('a', 1))).rejects.toBeInstanceOf(db.StorageBlocked)
    await expect(db.getActiveId()).rejects.toBeInstanceOf(db.StorageBlocked)
    old.close()
    // once that tab has gone, the open it waited for completes, and the datasets can be kept and listed again
    await vi.waitFor(async () => expect(await db.listDatasets()).toEqual([]))
    await db.saveDataset(record('a', 1))
    expect((await db.listDatasets()).map((d) => d.id)).toEqual(['a'])
    // that connection lets go when a newer version needs the database
    const newer = await openNewerVersion(db)
    expect(newer.version).toBe(db.DB_VERSION + 1)
    newer.close()
  })

  it('lets go of the database when a newer version in another tab needs to upgrade it', async () => {
    await db.saveDataset(record('a', 1))
    const newer = await openNewerVersion(db)
    expect(newer.version).toBe(db.DB_VERSION + 1)
    newer.close()
  })

  it('upgrades a database of version 1: the datasets kept before are listed', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.DB_NAME, 1)
      request.onupgradeneeded = () => {
        const database = request.result
        const datasets = database.createObjectStore('datasets', { keyPath: 'id' })
        database.createObjectStore('meta')
        datasets.put(record('old', 5))
        // a broken record stays out of the list, as before
        datasets.put({ ...record('broken', 6), json: undefined })
      }
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    expect((await db.listDatasets()).map((d) => d.id)).toEqual(['old'])
    expect((await db.readDataset('old'))?.json).toBe('{"big": "file"}')
  })
})
