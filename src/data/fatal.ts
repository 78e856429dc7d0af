import type { LoadProblem } from './model'
import type { ValidationResult } from './validate'

/** A result with nothing loaded and one reason why. */
export function fatal(reason: string, field = '(file)'): ValidationResult {
  const problem: LoadProblem = { severity: 'error', section: 'dataset', field, reason }
  return { dataset: null, problems: [problem] }
}
