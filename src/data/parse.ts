/**
 * JSON text → validated dataset, on the page's thread (the bundled dataset; the loader worker
 * handles everything else). Loaded on demand by load.ts, so the validator and zod are a chunk
 * of their own that downloads beside the data instead of inside the first script.
 */
import { validateDataset, type ValidationResult } from './validate'
import { fatal } from './fatal'

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
