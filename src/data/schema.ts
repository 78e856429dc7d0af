/**
 * chronomap's native format, version 1 — the single source for the TypeScript types,
 * the runtime validator (validate.ts) and the published JSON Schema
 * (public/schema/events.schema.json, written by scripts/generate-schema.ts).
 */
import { z } from './zod'
import { ISO_WITH_OFFSET, PRECISIONS, parseInstant } from '../lib/time'
import { isHttpUrl } from '../lib/url'

export const FORMAT_VERSION = 1
const MAX_TEXT = 20_000
const MAX_SHORT = 500

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/

/** Plain text, either one string or one string per language: {"de": "…", "en": "…"}. */
export const LocalizedTextSchema = z.union(
  [
    z.string().trim().min(1, 'must not be empty').max(MAX_TEXT),
    z
      .record(z.string().regex(LANGUAGE_TAG), z.string().max(MAX_TEXT))
      .refine((text) => Object.values(text).some((value) => value.trim() !== ''), 'needs text in at least one language'),
  ],
  { error: 'expected text: a string or {"de": "…", "en": "…"} with language codes as keys' },
)

const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'ids use letters, digits and . _ : - (at most 128, no spaces)')

/** An instant in ISO 8601 with its UTC offset, e.g. 2022-10-10T08:15+03:00. */
export const InstantSchema = z
  .string()
  .regex(ISO_WITH_OFFSET, { error: 'expected ISO 8601 with UTC offset, e.g. 2022-10-10T08:15+03:00', abort: true })
  .superRefine((value, ctx) => {
    const parsed = parseInstant(value)
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error })
  })

export const HttpUrlSchema = z
  .string()
  .max(2048)
  .regex(/^https?:\/\//i, { error: 'links must start with http:// or https://', abort: true })
  .refine(isHttpUrl, 'not a valid http(s) address')

export const PrecisionSchema = z.enum(PRECISIONS)

/** Marker shapes: categories differ by shape as well as colour (readers who cannot tell the colours apart). */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'pentagon', 'hexagon', 'star'] as const
export type Shape = (typeof SHAPES)[number]

export const CategorySchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
  /** optional; without it, categories take the shapes in SHAPES order */
  shape: z.enum(SHAPES).optional(),
})

export const PlaceSchema = z.object({
  name: LocalizedTextSchema,
  detail: LocalizedTextSchema.optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  approximate: z.boolean().optional(),
})

const PositionSchema = z
  .array(z.number())
  .min(2)
  .max(3)
  .refine(([lon = 0, lat = 0]) => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, 'position must be [lon, lat] within range')
const LineCoordinates = z.array(PositionSchema).min(2).max(100_000)
const RingCoordinates = z.array(PositionSchema).min(4).max(100_000)

/** GeoJSON geometry (RFC 7946) for lines and areas; positions are [lon, lat]. */
export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: PositionSchema }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(PositionSchema).min(1).max(100_000) }),
  z.object({ type: z.literal('LineString'), coordinates: LineCoordinates }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(LineCoordinates).min(1).max(10_000) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(RingCoordinates).min(1).max(10_000) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingCoordinates).min(1)).min(1).max(10_000) }),
])

export const SourceSchema = z.object({
  publisher: z.string().trim().min(1).max(MAX_SHORT),
  title: z.string().max(MAX_SHORT).optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'source date must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  url: HttpUrlSchema.optional(),
  note: LocalizedTextSchema.optional(),
})

export const RELATIONS = ['cause', 'response', 'context'] as const
export const RelationSchema = z.object({
  id: IdSchema,
  /** on event X: "cause" = this event caused X; "response" = this event responded to X */
  relation: z.enum(RELATIONS),
})

export const EventSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema.optional(),
  start: InstantSchema,
  end: InstantSchema.optional(),
  precision: PrecisionSchema.default('minute'),
  endPrecision: PrecisionSchema.optional(),
  timeApproximate: z.boolean().optional(),
  timeNote: LocalizedTextSchema.optional(),
  category: IdSchema,
  place: PlaceSchema.optional(),
  geometry: GeometrySchema.optional(),
  /** the shape is drawn from an approximate position or extent (shown dashed) */
  geometryApproximate: z.boolean().optional(),
  sources: z.array(SourceSchema).max(200).default([]),
  tags: z.array(z.string().trim().min(1).max(80)).max(100).default([]),
  related: z.array(RelationSchema).max(200).default([]),
  verificationNotes: z.array(LocalizedTextSchema).max(100).default([]),
})

/** The dataset without its records: each category and event is validated on its own. */
export const DatasetEnvelopeSchema = z.object({
  format: z.literal('chronomap').optional(),
  version: z.literal(FORMAT_VERSION, `this version of chronomap reads format version ${FORMAT_VERSION}`),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  categories: z.array(z.unknown()).min(1, 'a dataset needs at least one category'),
  events: z.array(z.unknown()),
  story: z.array(z.unknown()).max(10_000).optional(),
})

/** One step of the dataset's story (present mode): an event, with optional notes for the speaker. */
export const StoryStepSchema = z.object({
  event: IdSchema,
  notes: LocalizedTextSchema.optional(),
})

/** The whole file, as published in the JSON Schema. */
export const DatasetSchema = DatasetEnvelopeSchema.extend({
  categories: z.array(CategorySchema).min(1),
  events: z.array(EventSchema),
  /** the order in which present mode walks through the events; without it, time order */
  story: z.array(StoryStepSchema).max(10_000).optional(),
})

export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>
export type EventRecord = z.output<typeof EventSchema>
export type CategoryRecord = z.output<typeof CategorySchema>
export type SourceRecord = z.output<typeof SourceSchema>
export type PlaceRecord = z.output<typeof PlaceSchema>
export type GeometryRecord = z.output<typeof GeometrySchema>
export type Relation = (typeof RELATIONS)[number]
export type DatasetInput = z.input<typeof DatasetSchema>

/** The JSON Schema published at public/schema/events.schema.json. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://chronomap.invalid/schema/events.schema.json',
    title: 'chronomap dataset (native format, version 1)',
    description:
      'Checked at load beyond this schema: unique event ids, dates that exist, end not before start, known categories, related ids that exist. See docs/data-format.md.',
  }
}
