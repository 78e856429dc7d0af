import { useCallback, useEffect, useRef, useState } from 'react'
import type { CsvMapping } from '../../data/import'
import { LoadCancelled, type LoadHandle, type LoadSource } from '../../data/loader'
import type { LoadOutcome, LoadStage } from '../../data/pipeline'
import { importSource } from '../../app/datasets'
import { percent } from './helpers'

export interface Progress {
  stage: LoadStage | null
  percent: number
}

export type ImportPhase =
  | { kind: 'choose' }
  | { kind: 'loading'; progress: Progress }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string }
  /** rerunning: read again with another CSV mapping; the last result stays on screen */
  | { kind: 'result'; outcome: LoadOutcome; rerunning: Progress | null }

export interface ImportSession {
  phase: ImportPhase
  /** what was read, kept to read it again with another column mapping */
  source: LoadSource | null
  start: (source: LoadSource, csvMapping?: CsvMapping) => void
  cancel: () => void
  reset: () => void
}

/** One import at a time through the loader worker: progress, cancel, and re-runs with a new mapping. */
export function useImportSession(): ImportSession {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'choose' })
  const [source, setSource] = useState<LoadSource | null>(null)
  const handle = useRef<LoadHandle | null>(null)
  /** the request whose answers count; older ones are ignored */
  const token = useRef<object | null>(null)

  const stop = useCallback(() => {
    const running = handle.current
    handle.current = null
    token.current = null
    running?.cancel()
  }, [])

  // a closed dialog leaves no worker busy
  useEffect(() => stop, [stop])

  const start = useCallback(
    (next: LoadSource, csvMapping?: CsvMapping) => {
      stop()
      setSource(next)
      const rerun = csvMapping !== undefined
      let shown: Progress = { stage: null, percent: 0 }
      const show = (progress: Progress) => {
        setPhase((current) =>
          rerun && current.kind === 'result' ? { ...current, rerunning: progress } : { kind: 'loading', progress },
        )
      }
      show(shown)
      const mine = {}
      token.current = mine
      const running = importSource(next, {
        csvMapping,
        onProgress: (stage, fraction) => {
          const progress = { stage, percent: percent(fraction) }
          // the worker may report every few hundred records: only a visible change re-renders
          if (token.current !== mine || (progress.stage === shown.stage && progress.percent === shown.percent)) return
          shown = progress
          show(progress)
        },
      })
      if (token.current === mine) handle.current = running
      running.promise.then(
        (outcome) => {
          if (token.current !== mine) return
          handle.current = null
          token.current = null
          setPhase({ kind: 'result', outcome, rerunning: null })
        },
        (error: unknown) => {
          if (token.current !== mine || error instanceof LoadCancelled) return
          handle.current = null
          token.current = null
          setPhase({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) })
        },
      )
    },
    [stop],
  )

  const cancel = useCallback(() => {
    if (!token.current) return
    stop()
    // a cancelled re-run leaves the last result as it was
    setPhase((current) => (current.kind === 'result' ? { ...current, rerunning: null } : { kind: 'cancelled' }))
  }, [stop])

  const reset = useCallback(() => {
    stop()
    setSource(null)
    setPhase({ kind: 'choose' })
  }, [stop])

  return { phase, source, start, cancel, reset }
}
