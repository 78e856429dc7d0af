/**
 * TimelineJS3 JSON → native dataset. Date objects keep their precision (a year alone
 * is a year); HTML in headlines and text becomes plain text, links in it become
 * sources; `group` is the category. TimelineJS has no places; a StoryMapJS-like
 * `location: {lat, lon}` is used when present.
 */
import type { Precision } from '../../lib/time'
import {
  Categories, clip, datasetDescription, datasetTitle, eventId, isRecord, own, textOf, type Problems, type RawDataset,
  type RawEvent,
} from './common'
import { Sources, makePlace } from './fields'
import { htmlToText } from './html'
import { partsToInstant, type TimeResult } from './time'

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const
const LIMITS: Record<(typeof PARTS)[number], [number, number]> = {
  year: [0, 9999],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
}

function integer(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && /^\s*-?\d{1,6}\s*$/.test(value)) return Number(value)
  return null
}

/** A TimelineJS date object {year, month?, day?, hour?, minute?, second?} → instant and precision. */
export function timelineDate(value: unknown, offset: string): TimeResult {
  if (!isRecord(value)) return { error: 'expected a date object such as {"year": 2022, "month": 10, "day": 10}' }
  const parts: Partial<Record<(typeof PARTS)[number], number>> = {}
  let missing: string | undefined
  for (const part of PARTS) {
    const n = integer(own(value, part))
    if (n === null) return { error: `${part} ${clip(JSON.stringify(own(value, part)) ?? '', 40)} is not a whole number` }
    if (n === undefined) {
      missing ??= part
      continue
    }
    if (missing !== undefined) return { error: `${part} is given but ${missing} is not` }
    const [min, max] = LIMITS[part]
    if (n < min || n > max) {
      return {
        error:
          part === 'year'
            ? `year ${n} is outside 0–9999, which chronomap cannot show`
            : `${part} ${n} is out of range (${min}–${max})`,
      }
    }
    parts[part] = n
  }
  if (parts.year === undefined) return { error: 'the date has no year' }
  return partsToInstant({ ...parts, year: parts.year }, offset)
}

function plain(value: unknown): { text?: string; links: string[] } {
  if (typeof value !== 'string') return { text: textOf(value), links: [] }
  const { text, links } = htmlToText(value)
  return { text: text === '' ? undefined : text, links }
}

function toEvent(slide: unknown, record: number, offset: string, categories: Categories, problems: Problems): RawEvent | null {
  if (!isRecord(slide)) {
    problems.event('error', record, undefined, '(record)', 'expected a TimelineJS slide object')
    return null
  }
  const id = eventId(own(slide, 'unique_id'), `slide-${record}`, record, problems, 'unique_id')
  const text = own(slide, 'text')
  const headline = plain(own(text, 'headline'))
  const body = plain(own(text, 'text'))
  const media = own(slide, 'media')
  const startObj = own(slide, 'start_date')
  const endObj = own(slide, 'end_date')
  const display = plain(own(slide, 'display_date') ?? own(startObj, 'display_date')).text
  const title = clip(headline.text ?? (body.text !== undefined ? clip(body.text, 120) : undefined) ?? display ?? id, 20_000)
  const event: RawEvent = { id, title, category: categories.idFor(own(slide, 'group')), sources: [], tags: [] }
  if (body.text !== undefined) event.summary = body.text
  if (display !== undefined) event.timeNote = clip(display, 20_000)

  // dates are objects here; a missing or broken start is an error on `start`, as in the other importers
  const start = startObj === undefined ? undefined : timelineDate(startObj, offset)
  const end = endObj === undefined || endObj === null ? undefined : timelineDate(endObj, offset)
  if (start === undefined) problems.event('error', record, id, 'start', 'start_date is missing (every slide but the title needs one)')
  else if ('error' in start) problems.event('error', record, id, 'start', `start_date: ${start.error}`)
  else {
    event.start = start.iso
    event.precision = start.precision
  }
  if (end !== undefined) {
    if ('error' in end) problems.event('error', record, id, 'end', `end_date: ${end.error}`)
    else setEnd(event, end.iso, end.precision)
  }

  const location = own(slide, 'location')
  if (isRecord(location)) {
    const name = textOf(own(location, 'name')) ?? title
    const place = makePlace(own(location, 'lat'), own(location, 'lon'), name, { lat: 'location.lat', lon: 'location.lon' }, { record, id, problems })
    if (place) event.place = place
  }

  const sources = new Sources()
  const credit = plain(own(media, 'credit')).text
  const caption = plain(own(media, 'caption')).text
  sources.addUrl(own(media, 'url'), credit, caption)
  sources.report({ record, id, problems }, 'media.url')
  // links in the text are http(s) already: htmlToText keeps no other
  for (const link of body.links) sources.addUrl(link)
  for (const link of headline.links) sources.addUrl(link)
  sources.report({ record, id, problems }, 'text')
  event.sources = sources.list
  return event
}

function setEnd(event: RawEvent, iso: string, precision: Precision): void {
  event.end = iso
  if (precision !== (event.precision ?? 'minute')) event.endPrecision = precision
}

export function importTimelineJs(json: Record<string, unknown>, options: { fileName?: string; offset: string }, problems: Problems): RawDataset {
  const slides = own(json, 'events')
  const list: unknown[] = Array.isArray(slides) ? slides : []
  const categories = new Categories('Uncategorised')
  const events: unknown[] = []
  for (let i = 0; i < list.length; i++) events.push(toEvent(list[i], i + 1, options.offset, categories, problems))
  const titleSlide = own(json, 'title')
  const titleText = own(titleSlide, 'text')
  const raw: RawDataset = {
    format: 'chronomap',
    version: 1,
    title: datasetTitle(plain(own(titleText, 'headline')).text, options.fileName),
    categories: categories.list(),
    events,
  }
  const description = datasetDescription(plain(own(titleText, 'text')).text)
  if (description !== undefined) raw.description = description
  return raw
}
