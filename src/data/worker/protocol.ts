import type { CsvMapping } from '../import'
import type { LoadOutcome, LoadStage } from '../pipeline'

export type LoadSource = { kind: 'text'; text: string; fileName?: string } | { kind: 'file'; file: File }

export interface LoadRequest {
  id: number
  source: LoadSource
  csvMapping?: CsvMapping
}

export type LoaderMessage =
  | { id: number; type: 'progress'; stage: LoadStage; fraction: number }
  | { id: number; type: 'result'; outcome: LoadOutcome }
  | { id: number; type: 'failure'; reason: string }
