import type { LoadOutcome } from './pipeline'

/** "n imported, m rejected": counts for the validation report. */
export function summarise(outcome: LoadOutcome): { imported: number; rejected: number; withoutPlace: number } {
  const imported = outcome.dataset?.events.length ?? 0
  return {
    imported,
    rejected: Math.max(outcome.records - imported, 0),
    withoutPlace: outcome.dataset?.events.filter((e) => !e.place).length ?? 0,
  }
}
