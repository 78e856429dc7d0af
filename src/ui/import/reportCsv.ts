// Loaded when the reader downloads a report: papaparse stays out of the first script.
import Papa from 'papaparse'
import { neutraliseCell } from '../../data/export'
import type { LoadProblem } from '../../data/model'
import { splitProblems } from './helpers'

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
