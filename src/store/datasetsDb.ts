/**
 * Imported datasets survive a reload: kept in IndexedDB as native JSON, versioned, and
 * validated again whenever they are read.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

export const DB_NAME = 'chronomap'
export const DB_VERSION = 1
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
  meta: { key: string; value: string }
}

let dbPromise: Promise<IDBPDatabase<ChronomapDb>> | null = null

function db(): Promise<IDBPDatabase<ChronomapDb>> {
  dbPromise ??= openDB<ChronomapDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('datasets')) database.createObjectStore('datasets', { keyPath: 'id' })
      if (!database.objectStoreNames.contains('meta')) database.createObjectStore('meta')
    },
  })
  return dbPromise
}

export async function listDatasets(): Promise<StoredDatasetInfo[]> {
  const all = await (await db()).getAll('datasets')
  return all
    .filter((d) => d.recordVersion === RECORD_VERSION && typeof d.json === 'string')
    .map(({ json: _json, ...info }) => info)
    .sort((a, b) => a.importedAt - b.importedAt)
}

export async function readDataset(id: string): Promise<StoredDataset | null> {
  const record = await (await db()).get('datasets', id)
  if (!record || record.recordVersion !== RECORD_VERSION || typeof record.json !== 'string') return null
  return record
}

export async function saveDataset(record: StoredDataset): Promise<void> {
  await (await db()).put('datasets', record)
}

export async function deleteDataset(id: string): Promise<void> {
  const database = await db()
  await database.delete('datasets', id)
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
