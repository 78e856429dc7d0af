/**
 * The first visit's data, started by src/early.ts: a small entry script of its own that index.html runs before the
 * app's main script, so the downloads begin while the main script still loads and compiles, and the loader worker
 * starts while the page's thread is still free (docs/adr/0009). Only small modules here: no store, no React.
 * src/app/datasets.ts picks the results up.
 */
import { mark } from '../lib/marks'
import bundledUrl from '../../data/events-2022-10.json?url'
import { fatal } from '../data/fatal'
import { loadDataset } from '../data/loader'
import type { LoadOutcome, LoadStage } from '../data/pipeline'
import { checkDataUrl } from '../data/remote'
import type { ValidationResult } from '../data/validate'
import type { Notice } from '../store/appStore'
import * as db from '../store/datasetsDb'

export const DATA_PARAM = 'data'

/**
 * checkDataUrl lets same-origin addresses through by comparing with the page's origin;
 * a relative address resolves against the page itself (the app may live in a folder).
 */
export function checkLink(text: string): ReturnType<typeof checkDataUrl> {
  let absolute = text
  try {
    absolute = new URL(text, window.location.href).href
  } catch {
    // left as it is: checkDataUrl says why it is no address
  }
  return checkDataUrl(absolute, window.location.origin)
}

/** The default dataset's result, with a notice when config.json named a dataset that cannot be loaded. */
export interface DefaultData {
  result: ValidationResult
  notice?: Notice
}

/** The deployment's default dataset: `data` in a config.json beside index.html, else the bundled file. */
async function defaultDatasetUrl(): Promise<{ url: string; notice?: Notice }> {
  try {
    const response = await fetch('config.json', { credentials: 'omit' })
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return { url: bundledUrl }
    const config = (await response.json()) as { data?: unknown }
    if (typeof config.data === 'string') {
      const checked = checkLink(config.data)
      if ('url' in checked) return { url: checked.url.href }
      return { url: bundledUrl, notice: { key: 'config.badData', params: { reason: checked.error } } }
    }
  } catch {
    // no config.json: the bundled dataset it is
  }
  return { url: bundledUrl }
}

/** Downloaded, parsed and validated in the loader worker, like a ?data= file: none of it on the page's thread. */
async function loadInWorker(url: string): Promise<ValidationResult> {
  const absolute = new URL(url, window.location.href)
  try {
    const { dataset, problems, timings } = await loadDataset({ kind: 'url', url: absolute.href, fileName: absolute.pathname.split('/').pop() }).promise
    // the worker's part of the first visit, for the benchmark's breakdown (docs/automation.md)
    mark('data-validated', timings)
    return { dataset, problems }
  } catch (error) {
    return fatal(`could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The default dataset. The bundled file starts loading while config.json is asked for: almost every deployment
 * has none, and the answer would otherwise hold the download up. When config.json names another file, that one
 * loads instead and the bundled one is dropped.
 */
export async function fetchDefaultDataset(): Promise<DefaultData> {
  const bundled = loadInWorker(bundledUrl)
  const { url, notice } = await defaultDatasetUrl()
  return { result: await (url === bundledUrl ? bundled : loadInWorker(url)), notice }
}

type ProgressListener = (stage: LoadStage, fraction: number) => void

/** A ?data= load under way: downloaded, parsed and validated in the worker. */
export interface LinkLoad {
  href: string
  name: string
  outcome: Promise<LoadOutcome>
  /** progress so far is replayed, later progress follows */
  onProgress: (listener: ProgressListener) => void
}

function startLinkLoad(link: string): LinkLoad | { error: string } {
  const checked = checkLink(link)
  if ('error' in checked) return checked
  const href = checked.url.href
  const fileName = checked.url.pathname.split('/').pop()
  let last: [LoadStage, number] = ['read', 0]
  let listener: ProgressListener | null = null
  // downloaded by the worker: the page's thread is busy booting for the first second or so, and a download read on
  // it would wait for every chunk
  const outcome = loadDataset(
    { kind: 'url', url: href, fileName },
    {
      onProgress: (stage, fraction) => {
        last = [stage, fraction]
        listener?.(stage, fraction)
      },
    },
  ).promise
  // handled where it is awaited, after IndexedDB has answered; not an unhandled rejection meanwhile
  outcome.catch(() => undefined)
  return {
    href,
    name: fileName || href,
    outcome,
    onProgress: (next) => {
      listener = next
      next(...last)
    },
  }
}

export interface InitialData {
  link: string | null
  started: LinkLoad | { error: string } | null
  /** the default dataset, fetched at once unless a link names another */
  bundled: Promise<DefaultData> | undefined
  /**
   * What IndexedDB holds: the dataset shown last, and the stored datasets. Asked at once too: on a first visit the
   * browser creates the database, which would otherwise hold up the first drawing once the main script has run.
   */
  activeId: Promise<string | null>
  stored: Promise<db.StoredDatasetInfo[]>
}

let initial: InitialData | null = null

/** Starts the first visit's downloads at once (once per page): the ?data= file in the worker, or the default dataset. */
export function startInitialData(): InitialData {
  if (!initial) {
    const link = new URLSearchParams(window.location.search).get(DATA_PARAM)
    const stored = db.listDatasets()
    // answered where it is awaited (src/app/datasets.ts says when storage is unavailable)
    stored.catch(() => undefined)
    initial = {
      link,
      started: link ? startLinkLoad(link) : null,
      bundled: link ? undefined : fetchDefaultDataset(),
      activeId: db.getActiveId().catch(() => null),
      stored,
    }
  }
  return initial
}
