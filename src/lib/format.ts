/** Dates as people read them: in the event's own local time, to the precision it is known. */
import type { EventTime } from '../data/model'
import { translate, type Lang } from '../i18n'
import { formatOffset, type Precision } from './time'

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' }
const MINUTE = 60_000

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  hour: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  minute: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
}

const cache = new Map<string, Intl.DateTimeFormat>()
function formatter(lang: Lang, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...OPTIONS[precision], timeZone: 'UTC' })
    cache.set(key, f)
  }
  return f
}

/** The wall-clock time at the event's place, as a Date whose UTC fields hold it. */
function localWallClock(time: EventTime): Date {
  return new Date(time.ms + time.offsetMinutes * MINUTE)
}

export function hasClockTime(precision: Precision): boolean {
  return precision === 'minute' || precision === 'hour'
}

/** Adds the language's clock word where a time of day is shown ("08:15 Uhr" in German). */
function withClock(text: string, precision: Precision, lang: Lang): string {
  return hasClockTime(precision) ? translate(lang, 'time.clock', { time: text }) : text
}

/** "10 Oct 2022, 08:15" / "10. Okt. 2022, 08:15 Uhr" / "17 Oct 2022" — no "00:00" for a day-only date. */
export function formatEventTime(time: EventTime, lang: Lang): string {
  return withClock(formatter(lang, time.precision).format(localWallClock(time)), time.precision, lang)
}

/** "17–30 Oct 2022"; falls back to "a – b" when the two ends differ in precision or offset. */
export function formatEventSpan(start: EventTime, end: EventTime | undefined, lang: Lang): string {
  if (!end) return formatEventTime(start, lang)
  if (start.precision === end.precision && start.offsetMinutes === end.offsetMinutes) {
    // CLDR's range patterns already carry the clock word ("17:00–22:00 Uhr")
    return formatter(lang, start.precision).formatRange(localWallClock(start), localWallClock(end))
  }
  return `${formatEventTime(start, lang)} – ${formatEventTime(end, lang)}`
}

/** "UTC+3" for the zone the times are written in. */
export function eventOffsetLabel(time: EventTime): string {
  return formatOffset(time.offsetMinutes)
}

/** Short date for lists: "10 Oct 2022". */
export function formatShortDate(time: EventTime, lang: Lang): string {
  return formatter(lang, time.precision === 'year' || time.precision === 'month' ? time.precision : 'day').format(localWallClock(time))
}
