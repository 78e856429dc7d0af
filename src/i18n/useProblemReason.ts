import { useEffect, useState } from 'react'
import { useLang } from './useT'
import type * as ProblemReasons from './problemReasons'

type Table = Pick<typeof ProblemReasons, 'problemReasonIn'>

/** the table, once a problem list in another language than English has loaded it */
let loaded: Table | null = null
/** in English, or when the table cannot be loaded: the reasons as the loader gives them */
const ENGLISH: Table = { problemReasonIn: (_lang, reason) => reason }

/**
 * A problem's reason in the reader's language (src/i18n/problemReasons.ts), or null while the table loads. The
 * table is loaded with the first problem list shown in German, so it stays out of the first script
 * (docs/performance.md, initial JavaScript); a list waits for it rather than showing English first. Should it fail
 * to load, the list shows the reasons in English rather than nothing.
 */
export function useProblemReason(): ((reason: string) => string) | null {
  const lang = useLang()
  const [table, setTable] = useState<Table | null>(loaded)
  useEffect(() => {
    if (lang === 'en' || table) return
    let current = true
    import('./problemReasons').then(
      (module) => {
        loaded = module
        if (current) setTable(module)
      },
      () => {
        if (current) setTable(ENGLISH)
      },
    )
    return () => {
      current = false
    }
  }, [lang, table])
  if (lang === 'en') return (reason) => reason
  return table ? (reason) => table.problemReasonIn(lang, reason) : null
}
