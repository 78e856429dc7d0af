/**
 * One way in for every dataset: detect the format, convert, validate. Pure and DOM-free,
 * so it runs in the loader worker (and inline where workers are not available).
 */
import { importText, mergeProblems, type CsvInfo, type CsvMapping, type ImportFormat } from './import'
import type { Dataset, LoadProblem } from './model'
import type { PreparedViews } from './worker/protocol'
import { validateDataset, type BatchCallback } from './validate'

export type LoadStage = 'read' | 'parse' | 'validate'

export interface LoadOptions {
  fileName?: string
  csvMapping?: CsvMapping
  onProgress?: (stage: LoadStage, fraction: number) => void
  /** accepted events, a batch at a time, while validation goes on (validateDataset) */
  onBatch?: BatchCallback
}

export interface LoadOutcome {
  format: ImportFormat | null
  /** null when no record is valid: nothing is replaced, the problems say why */
  dataset: Dataset | null
  problems: LoadProblem[]
  /** records in the file, valid or not */
  records: number
  csv?: CsvInfo
  /** set by the page's loader: the load whose dataset the worker holds for keepLoadedDataset */
  keepId?: number
  /** set by the page's loader: indexes the worker made for the views (src/app/datasets.ts hands them on) */
  indexes?: PreparedViews
  /** where the loader spent its time, in ms (for the benchmark's breakdown) */
  timings?: { read?: number; parse: number; validate: number; startedAt?: number; postedAt?: number }
}

/** The dataset without the categories no event has: an importer made one for every value, rejected records' too. */
function withUsedCategories(dataset: Dataset): Dataset {
  const used = new Set(dataset.events.map((event) => event.category))
  const categories = dataset.categories.filter((category) => used.has(category.id))
  return categories.length === dataset.categories.length ? dataset : { ...dataset, categories }
}

export function loadFromText(text: string, options: LoadOptions = {}): LoadOutcome {
  const { onProgress } = options
  onProgress?.('parse', 0)
  const started = performance.now()
  const imported = importText(text, { fileName: options.fileName, csvMapping: options.csvMapping })
  const raw = imported.raw as { events?: unknown } | null
  const records = raw && Array.isArray(raw.events) ? raw.events.length : 0
  onProgress?.('validate', 0)
  const parsed = performance.now()
  const validated = imported.raw === null ? { dataset: null, problems: [] } : validateDataset(imported.raw, (done, total) => onProgress?.('validate', total ? done / total : 1), options.onBatch)
  onProgress?.('validate', 1)
  const dataset = validated.dataset && imported.derivedCategories ? withUsedCategories(validated.dataset) : validated.dataset
  return {
    format: imported.format,
    dataset,
    problems: mergeProblems(imported.problems, validated.problems),
    records,
    csv: imported.csv,
    timings: { parse: parsed - started, validate: performance.now() - parsed },
  }
}

export { summarise } from './summary'
