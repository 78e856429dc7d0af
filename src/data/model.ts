/** The normalised, validated shapes the store and the views work with. */
import type { Precision } from '../lib/time'
import type { GeometryRecord, Relation, Shape } from './schema'

/** Text per language; a plain string in the file becomes {"und": text}. */
export type LocalizedText = Readonly<Record<string, string>>

export interface EventTime {
  /** the text as written in the file */
  iso: string
  ms: number
  offsetMinutes: number
  precision: Precision
}

export interface Place {
  name: LocalizedText
  detail?: LocalizedText
  lat: number
  lon: number
  approximate: boolean
}

export interface Source {
  publisher: string
  title?: string
  date?: string
  url?: string
  note?: LocalizedText
}

export interface ChronoEvent {
  id: string
  /** 1-based position in the file's events array */
  record: number
  title: LocalizedText
  summary?: LocalizedText
  start: EventTime
  end?: EventTime
  /** the span the event covers: a day-precision date covers its day; used for window queries */
  spanStart: number
  spanEnd: number
  timeApproximate: boolean
  timeNote?: LocalizedText
  category: string
  place?: Place
  geometry?: GeometryRecord
  /** the geometry is approximate (drawn dashed); false when not said */
  geometryApproximate?: boolean
  sources: Source[]
  tags: string[]
  related: { id: string; relation: Relation }[]
  verificationNotes: LocalizedText[]
}

export interface Category {
  id: string
  label: LocalizedText
  color: string
  /** the marker shape: the file's choice, else the next in SHAPES order */
  shape: Shape
}

/** A step of the dataset's story: an event (known to the dataset) and notes for the speaker. */
export interface StoryStep {
  eventId: string
  notes?: LocalizedText
}

export interface Dataset {
  title: LocalizedText
  description?: LocalizedText
  categories: Category[]
  /** sorted by start time, then by position in the file */
  events: ChronoEvent[]
  /** the story's steps in order, unknown events left out; absent when the file has none */
  story?: StoryStep[]
}

export interface LoadProblem {
  severity: 'error' | 'warning'
  section: 'dataset' | 'categories' | 'events' | 'story'
  /** 1-based position in its section's array */
  record?: number
  id?: string
  field: string
  reason: string
}
