/**
 * Imported datasets survive a reload: kept in IndexedDB as native JSON, versioned, and
 * validated again whenever they are read.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

export const DB_NAME = 'chronomap'
/** 2: the stored datasets' details in a store of their own ('info'), so that listing them never reads their JSON */
export const DB_VERSION = 2
/** the format of a stored record; a record of another version is not trusted */
export const RECORD_VERSION = 1

export interface StoredDataset {
  id: string
  name: string
  /** where it came from: a file name, "pasted text" or a URL */
  origin: string
  importedAt: number
  eventCount: number
  recordVersion: number
  /** the dataset as chronomap native JSON */
  json: string
}

export type StoredDatasetInfo = Omit<StoredDataset, 'json'>

interface ChronomapDb extends DBSchema {
  datasets: { key: string; value: StoredDataset }
  /** each stored dataset's details without its JSON: the list of datasets reads only these */
  info: { key: string; value: StoredDatasetInfo }
  meta: { key: string; value: string }
}

let dbPromise: Promise<IDBPDatabase<ChronomapDb>> | null = null

/** The database is held by a tab with an older chronomap that does not let go: closing that tab ends it. */
export class StorageBlocked extends Error {
  constructor() {
    super('another tab with an older chronomap holds the stored datasets')
  }
}

function infoOf({ json: _json, ...info }: StoredDataset): StoredDatasetInfo {
  return info
}

/** Every call while a tab with an older chronomap holds the database: a new open would only queue behind the first. */
function blockedStorage(): Promise<IDBPDatabase<ChronomapDb>> {
  const blocked = Promise.reject(new StorageBlocked())
  blocked.catch(() => undefined)
  return blocked
}

function db(): Promise<IDBPDatabase<ChronomapDb>> {
  if (dbPromise) return dbPromise
  let gaveUp = false
  // the connection this open makes, once made (also when it comes after giving up)
  let connection: Promise<IDBPDatabase<ChronomapDb>> | null = null
  const opening = new Promise<IDBPDatabase<ChronomapDb>>((resolve, reject) => {
    openDB<ChronomapDb>(DB_NAME, DB_VERSION, {
      async upgrade(database, _oldVersion, _newVersion, transaction) {
        if (!database.objectStoreNames.contains('datasets')) database.createObjectStore('datasets', { keyPath: 'id' })
        if (!database.objectStoreNames.contains('meta')) database.createObjectStore('meta')
        if (!database.objectStoreNames.contains('info')) {
          // from version 1: the details of the datasets stored so far, read once here
          const info = database.createObjectStore('info', { keyPath: 'id' })
          for (let cursor = await transaction.objectStore('datasets').openCursor(); cursor; cursor = await cursor.continue()) {
            if (typeof cursor.value.json === 'string') await info.put(infoOf(cursor.value))
          }
        }
      },
      // Another tab runs an older chronomap, which does not let go of the database: storage is unavailable for now
      // (the page says so) rather than the page waiting for that tab to close. Until it does, every call fails at
      // once: a second open would wait behind this one, in this page and in the loader worker alike, for ever.
      blocked() {
        gaveUp = true
        dbPromise = blockedStorage()
        reject(new StorageBlocked())
      },
      // a newer chronomap in another tab needs to upgrade the database: this connection lets go (the next call opens
      // it again)
      blocking(_currentVersion, _blockedVersion, event) {
        const database = event.target as IDBDatabase
        database.close()
        if (dbPromise === opening || dbPromise === connection) dbPromise = null
      },
    }).then(
      (database) => {
        if (!gaveUp) return resolve(database)
        // opened after all, once that tab went: the datasets can be read and kept again from now on
        connection = Promise.resolve(database)
        dbPromise = connection
      },
      (error: unknown) => {
        if (gaveUp) dbPromise = null
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
  dbPromise = opening
  return opening
}

/** Resolves once the database is open; rejects (StorageBlocked, or the browser's error) when it cannot be. */
export async function openStorage(): Promise<void> {
  await db()
}

/**
 * The stored datasets' details, oldest first. Only the small 'info' records are read: reading the datasets
 * themselves meant deserialising every stored file on the page's thread (0.2 s for one of 100,000 events) at every
 * start and after every import.
 */
export async function listDatasets(): Promise<StoredDatasetInfo[]> {
  const all = await (await db()).getAll('info')
  return all.filter((d) => d.recordVersion === RECORD_VERSION).sort((a, b) => a.importedAt - b.importedAt)
}

export async function readDataset(id: string): Promise<StoredDataset | null> {
  const record = await (await db()).get('datasets', id)
  if (!record || record.recordVersion !== RECORD_VERSION || typeof record.json !== 'string') return null
  return record
}

export async function saveDataset(record: StoredDataset): Promise<void> {
  const transaction = (await db()).transaction(['datasets', 'info'], 'readwrite')
  await Promise.all([transaction.objectStore('datasets').put(record), transaction.objectStore('info').put(infoOf(record)), transaction.done])
}

export async function deleteDataset(id: string): Promise<void> {
  const database = await db()
  const transaction = database.transaction(['datasets', 'info'], 'readwrite')
  await Promise.all([transaction.objectStore('datasets').delete(id), transaction.objectStore('info').delete(id), transaction.done])
  if ((await database.get('meta', 'active')) === id) await database.delete('meta', 'active')
}

export async function getActiveId(): Promise<string | null> {
  return (await (await db()).get('meta', 'active')) ?? null
}

export async function setActiveId(id: string | null): Promise<void> {
  const database = await db()
  if (id === null) await database.delete('meta', 'active')
  else await database.put('meta', id, 'active')
}
