import type { ValidationResult } from './validate'
import { fatal } from './fatal'

/** Fetches a dataset (same-origin, no credentials) and validates it; never throws. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<ValidationResult> {
  // the parser (with zod) loads while the data downloads
  const parser = import('./parse')
  parser.catch(() => undefined)
  let text: string
  try {
    const response = await fetch(url, { credentials: 'omit', signal })
    if (!response.ok) return fatal(`could not fetch ${url}: HTTP ${response.status}`)
    text = await response.text()
  } catch (error) {
    return fatal(`could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    return (await parser).parseDatasetText(text)
  } catch (error) {
    return fatal(`the validator could not be loaded: ${error instanceof Error ? error.message : String(error)}`)
  }
}
