/** Small pure helpers for the import dialog, the report and the export menu. */
import { slugify, type CsvField, type CsvMapping } from '../../data/import'
import { neutraliseCell } from '../../data/export'
import type { LoadProblem } from '../../data/model'
import Papa from 'papaparse'

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

/**
 * The validation report as CSV for a spreadsheet: one line per problem, errors first.
 * Every cell a spreadsheet would run as a formula is neutralised.
 */
export function reportCsv(problems: readonly LoadProblem[]): string {
  const { errors, warnings } = splitProblems(problems)
  const rows = [...errors, ...warnings].map((p) => [
    p.severity,
    p.section,
    p.record === undefined ? '' : String(p.record),
    p.id ?? '',
    p.field,
    p.reason,
  ])
  const header = ['severity', 'section', 'record', 'id', 'field', 'reason']
  const safe = rows.map((row) => row.map(neutraliseCell))
  return `\ufeff${Papa.unparse([header, ...safe], { newline: '\r\n' })}\r\n`
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
