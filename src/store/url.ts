/** The automation contract's URL parameters (docs/automation.md), as pure functions. */
import { isLang, type Lang } from '../i18n'
import { parseUrlDate } from '../lib/time'
import type { TimeWindow } from './selectors'

export interface UrlState {
  event?: string
  window?: TimeWindow
  /** true when from/to were present but unusable */
  badWindow?: boolean
  lang?: Lang
  e2e: boolean
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  const state: UrlState = { e2e: params.get('e2e') === '1' }
  const event = params.get('event')
  if (event) state.event = event
  const lang = params.get('lang')
  if (isLang(lang)) state.lang = lang
  const from = params.get('from')
  const to = params.get('to')
  if (from !== null || to !== null) {
    const start = from === null ? null : parseUrlDate(from)
    const end = to === null ? null : parseUrlDate(to)
    if (start !== null && end !== null && end > start) state.window = { start, end }
    else state.badWindow = true
  }
  return state
}

/** "2022-10-10" for a UTC midnight, else "2022-10-10T08:15Z". */
export function formatUrlDate(ms: number): string {
  const iso = new Date(ms).toISOString()
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10)
  return `${iso.slice(0, 16)}Z`
}

export interface UrlView {
  selectedId: string | null
  window: TimeWindow | null
  lang: Lang
}

/** Writes the view into the query string, keeping parameters this module does not own. */
export function writeUrlState(search: string, view: UrlView): string {
  const params = new URLSearchParams(search)
  if (view.selectedId) params.set('event', view.selectedId)
  else params.delete('event')
  if (view.window) {
    params.set('from', formatUrlDate(Math.round(view.window.start / 60_000) * 60_000))
    params.set('to', formatUrlDate(Math.round(view.window.end / 60_000) * 60_000))
  }
  params.set('lang', view.lang)
  const text = params.toString()
  return text ? `?${text}` : ''
}
