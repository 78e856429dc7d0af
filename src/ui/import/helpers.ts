/** Small pure helpers for the import dialog, the report and the export menu. */
import { slugify } from '../../data/import/common'
import type { CsvField, CsvMapping } from '../../data/import/csvFields'
import type { LoadProblem } from '../../data/model'

/** A file's name without its extension: "events.geo.json" → "events.geo". */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? ''
  const dot = name.lastIndexOf('.')
  return (dot > 0 ? name.slice(0, dot) : name).trim()
}

/** A download's file name from a dataset title: "Missile strikes, …" → "missile-strikes-….json". */
export function exportFileName(title: string, extension: string): string {
  return `${slugify(title) || 'chronomap'}.${extension}`
}

/**
 * Problem lines shown at most per list: a file with 50,000 bad records would otherwise put 50,000 lines in the
 * page (seconds of rendering). The rest go to the downloaded report only.
 */
export const SHOWN_PROBLEMS = 200

export interface SplitProblems {
  errors: LoadProblem[]
  warnings: LoadProblem[]
}

export function splitProblems(problems: readonly LoadProblem[]): SplitProblems {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity !== 'error'),
  }
}

/** The user's mapping with one field changed; "" leaves the field unmapped. */
export function mappingWith(mapping: CsvMapping, field: CsvField, column: string): CsvMapping {
  const next: CsvMapping = {}
  for (const [key, value] of Object.entries(mapping) as [CsvField, string | undefined][]) {
    if (key !== field && value !== undefined) next[key] = value
  }
  if (column !== '') next[field] = column
  return next
}

/** 0…1 → a whole percentage, clamped. */
export function percent(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0
  return Math.min(100, Math.max(0, Math.round(fraction * 100)))
}
