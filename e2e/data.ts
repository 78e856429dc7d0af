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

const DAY = 86_400_000
const COLORS = ['#D55E00', '#0072B2', '#009E73', '#E69F00']

export interface SyntheticOptions {
  /** how many events: `e0` … `e{count-1}` */
  count: number
  /** over how many days from 1 January 2022 their start dates spread (each event k on day k·7919 mod days) */
  days: number
  /** category ids, given in turn (event k has categories[k mod length]); four at most */
  categories: readonly string[]
  /** event k's place, or none */
  place: (k: number) => { name: string; lat: number; lon: number } | undefined
}

/**
 * A large native dataset made in the test, for what only many events show (the virtual list, density bins, the
 * cluster worker). The same options give the same file.
 */
export function syntheticDataset({ count, days, categories, place }: SyntheticOptions) {
  const start = Date.UTC(2022, 0, 1)
  return {
    format: 'chronomap',
    version: 1,
    title: `${count} synthetic events`,
    categories: categories.map((id, k) => ({ id, label: `Category ${id}`, color: COLORS[k % COLORS.length] })),
    events: Array.from({ length: count }, (_, k) => {
      const where = place(k)
      return {
        id: `e${k}`,
        title: `Event ${k}`,
        start: new Date(start + ((k * 7919) % days) * DAY + (k % 24) * 3_600_000).toISOString().slice(0, 16) + 'Z',
        category: categories[k % categories.length],
        ...(where && { place: where }),
      }
    }),
  }
}
