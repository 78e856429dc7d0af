import type { LoadProblem } from './model'
import { validateDataset, type ValidationResult } from './validate'

function fatal(reason: string, field = '(file)'): ValidationResult {
  const problem: LoadProblem = { severity: 'error', section: 'dataset', field, reason }
  return { dataset: null, problems: [problem] }
}

/** Parses JSON text and validates it; never throws. */
export function parseDatasetText(text: string): ValidationResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return fatal(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  return validateDataset(raw)
}

/** Fetches a dataset (same-origin, no credentials) and validates it; never throws. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<ValidationResult> {
  let response: Response
  try {
    response = await fetch(url, { credentials: 'omit', signal })
  } catch (error) {
    return fatal(`could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!response.ok) return fatal(`could not fetch ${url}: HTTP ${response.status}`)
  return parseDatasetText(await response.text())
}
