/** The bundled dataset, read and validated with the app's own (pure) loader, for expectations. */
import { readFileSync } from 'node:fs'
import { parseDatasetText } from '../src/data/parse'
import type { Dataset } from '../src/data/model'

export const BUNDLED_PATH = new URL('../data/events-2022-10.json', import.meta.url)
export const bundledText = readFileSync(BUNDLED_PATH, 'utf8')

export function bundledDataset(): Dataset {
  const { dataset } = parseDatasetText(bundledText)
  if (!dataset) throw new Error('bundled dataset does not load')
  return dataset
}

export function bundledRaw(): { events: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(bundledText) as { events: Record<string, unknown>[] } & Record<string, unknown>
}
