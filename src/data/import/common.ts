/**
 * Building blocks shared by the importers: safe property access, ids, categories, the records under construction
 * and their problems. An event's fields made from loose values (place, sources, tags, times) are in fields.ts.
 */
import type { LoadProblem } from '../model'

/** The colour-blind-safe cycle given to imported categories, in order. */
export const CATEGORY_COLORS = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7B3294', '#5F5F5F', '#A6761D', '#000000',
] as const

export const DEFAULT_TITLE = 'Imported events'
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/
const MAX_TEXT = 20_000
export const MAX_SHORT = 500

/** A native event under construction: only keys the importer writes, never user keys. */
export interface RawEvent {
  id: string
  title: string
  summary?: string
  start?: string
  end?: string
  precision?: string
  endPrecision?: string
  timeNote?: string
  category: string
  place?: { name: string; lat: number; lon: number; approximate?: boolean }
  geometry?: unknown
  sources: RawSource[]
  tags: string[]
}

export interface RawSource {
  publisher: string
  title?: string
  url?: string
}

export interface RawCategory {
  id: string
  label: string
  color: string
}

export interface RawDataset {
  format: 'chronomap'
  version: 1
  title: string
  description?: string
  categories: RawCategory[]
  events: unknown[]
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property only: `obj.__proto__` or `obj.constructor` never reach the prototype. */
export function own(obj: unknown, key: string): unknown {
  if (!isRecord(obj) || !Object.hasOwn(obj, key)) return undefined
  const descriptor = Object.getOwnPropertyDescriptor(obj, key)
  // a getter could run code or throw; JSON never makes one
  return descriptor && 'value' in descriptor ? descriptor.value : undefined
}

/** Own keys looked up case-insensitively; the first spelling in the object wins. */
export function keyMap(obj: unknown): Map<string, { key: string; value: unknown }> {
  const map = new Map<string, { key: string; value: unknown }>()
  if (!isRecord(obj)) return map
  for (const key of Object.keys(obj)) {
    const lower = key.toLowerCase()
    if (!map.has(lower)) map.set(lower, { key, value: own(obj, key) })
  }
  return map
}

/** The first of `names` that is present and not empty. */
export function pick(map: Map<string, { key: string; value: unknown }>, names: readonly string[]): { key: string; value: unknown } | undefined {
  for (const name of names) {
    const hit = map.get(name)
    if (hit && hit.value !== undefined && hit.value !== null && !(typeof hit.value === 'string' && hit.value.trim() === '')) return hit
  }
  return undefined
}

/** Text from a string or a number; anything else is not text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim()
    return t === '' ? undefined : t
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, max - 1).trimEnd()}…`
}

export function fileTitle(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const stem = base.replace(/\.[^.]*$/, '').trim()
  return stem === '' ? undefined : stem
}

/** A title for the dataset that the envelope check always accepts. */
export function datasetTitle(fromFile: string | undefined, fileName: string | undefined): string {
  return clip(fromFile?.trim() || fileTitle(fileName) || DEFAULT_TITLE, MAX_SHORT)
}

export function datasetDescription(text: string | undefined): string | undefined {
  const t = text?.trim()
  return t ? clip(t, MAX_TEXT) : undefined
}

/** Collects problems of one record with its position and id. */
export class Problems {
  readonly list: LoadProblem[] = []

  dataset(severity: LoadProblem['severity'], field: string, reason: string): void {
    this.list.push({ severity, section: 'dataset', field, reason })
  }

  event(severity: LoadProblem['severity'], record: number, id: string | undefined, field: string, reason: string): void {
    const problem: LoadProblem = { severity, section: 'events', record, field, reason }
    if (id !== undefined) problem.id = id
    this.list.push(problem)
  }
}

/**
 * An id the native format accepts. A value that is not one is changed (spaces and other
 * characters become '-') and the change is reported; nothing usable → the fallback.
 */
export function eventId(value: unknown, fallback: string, record: number, problems: Problems, label: string): string {
  const text = textOf(value)
  if (text === undefined) return fallback
  if (ID_PATTERN.test(text)) return text
  const fixed = text
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 128)
  const id = ID_PATTERN.test(fixed) ? fixed : fallback
  problems.event('warning', record, id, 'id', `${label} "${clip(text, 60)}" is not a valid id (letters, digits and . _ : -, at most 128); used "${id}"`)
  return id
}

/** lowercase, [a-z0-9-], at most 60 characters; '' when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** Distinct category values → categories with unique slug ids and cycling colours. */
export class Categories {
  private readonly byLabel = new Map<string, RawCategory>()
  private readonly used = new Set<string>()
  /** next suffix to try per slug, so that many labels with one slug stay linear */
  private readonly nextSuffix = new Map<string, number>()

  constructor(private readonly fallbackLabel: string) {}

  /** The category id for a value; an empty value gets the fallback category. */
  idFor(value: unknown): string {
    const label = clip(textOf(value) ?? this.fallbackLabel, MAX_SHORT)
    const known = this.byLabel.get(label)
    if (known) return known.id
    const base = slugify(label) || 'uncategorised'
    let id = base
    let n = this.nextSuffix.get(base) ?? 2
    while (this.used.has(id)) {
      const suffix = `-${n++}`
      id = `${base.slice(0, 60 - suffix.length).replace(/-+$/, '')}${suffix}`
    }
    this.nextSuffix.set(base, n)
    const category = { id, label, color: CATEGORY_COLORS[this.byLabel.size % CATEGORY_COLORS.length] as string }
    this.byLabel.set(label, category)
    this.used.add(id)
    return id
  }

  /** At least one category, so that the envelope check passes even without events. */
  list(): RawCategory[] {
    if (this.byLabel.size === 0) this.idFor(undefined)
    return [...this.byLabel.values()]
  }
}
