// Loaded when the reader downloads a report: papaparse stays out of the first script.
import Papa from 'papaparse'
import { neutraliseCell } from '../../data/export'
import type { LoadProblem } from '../../data/model'
import type { Lang } from '../../i18n'
import { problemReasonIn } from '../../i18n/problemReasons'
import { splitProblems } from './helpers'

/**
 * The validation report as CSV for a spreadsheet: one line per problem, errors first. The column names stay English
 * (a script may read them); the reasons are in the language of the interface it was downloaded from. Every cell a
 * spreadsheet would run as a formula is neutralised.
 */
export function reportCsv(problems: readonly LoadProblem[], lang: Lang): string {
  const { errors, warnings } = splitProblems(problems)
  const rows = [...errors, ...warnings].map((p) => [
    p.severity,
    p.section,
    p.record === undefined ? '' : String(p.record),
    p.id ?? '',
    p.field,
    problemReasonIn(lang, p.reason),
  ])
  const header = ['severity', 'section', 'record', 'id', 'field', 'reason']
  const safe = rows.map((row) => row.map(neutraliseCell))
  return `\ufeff${Papa.unparse([header, ...safe], { newline: '\r\n' })}\r\n`
}
