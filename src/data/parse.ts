/**
 * JSON text → validated dataset in one call, for the unit tests. The app itself loads every dataset, the bundled
 * one included, through the loader worker (src/data/loader.ts), which reports progress and sends batches.
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
