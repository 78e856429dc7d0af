import { describe, expect, it } from 'vitest'
import { minimalDataset } from '../fixtures/minimal'
import { validateDataset } from '../validate'
import { usgsFeed } from './fixtures/geojson'
import { acledLike } from './fixtures/csv'
import { timeline } from './fixtures/timelinejs'
import { UNKNOWN_FORMAT, detectFormat, importText, mergeProblems } from './index'
import type { LoadProblem } from '../model'

describe('detectFormat', () => {
  it.each([
    ['native', JSON.stringify(minimalDataset()), 'chronomap'],
    ['native with a BOM', `\uFEFF${JSON.stringify(minimalDataset())}`, 'chronomap'],
    ['native of another version', '{"version":2,"events":[]}', 'chronomap'],
    ['GeoJSON', usgsFeed, 'geojson'],
    ['TimelineJS', timeline, 'timelinejs'],
    ['TimelineJS with only a title slide', '{"title":{"text":{"headline":"x"}},"events":[]}', 'timelinejs'],
    ['CSV', acledLike, 'csv'],
    ['CSV with semicolons and a BOM', '\uFEFFdate;title\n2022-10-10;x', 'csv'],
    ['plain text', 'hello world', null],
    ['an empty file', '   \n', null],
    ['broken JSON', '{"type": "FeatureCollection",', null],
    ['a JSON array', '[1,2]', null],
    ['an unrelated JSON object', '{"a": 1}', null],
    ['events without dates', '{"events":[{"x":1}]}', null],
  ])('%s → %s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format)
    expect(importText(text).format).toBe(format)
  })
})

describe('importText', () => {
  it('passes a native dataset through unchanged', () => {
    const native = minimalDataset()
    const result = importText(JSON.stringify(native))
    expect(result).toEqual({ format: 'chronomap', raw: native, problems: [] })
    expect(validateDataset(result.raw).dataset?.events).toHaveLength(3)
  })
  it('explains an unknown format', () => {
    expect(importText('hello world')).toEqual({
      format: null,
      raw: null,
      problems: [{ severity: 'error', section: 'dataset', field: '(file)', reason: UNKNOWN_FORMAT }],
    })
    expect(UNKNOWN_FORMAT).toBe(
      'not a format chronomap reads: expected chronomap JSON, GeoJSON FeatureCollection, TimelineJS JSON or CSV with a header row',
    )
  })
  it('explains broken JSON and an empty file', () => {
    expect(importText('{"type": ').problems[0]?.reason).toMatch(/^not valid JSON: /)
    expect(importText('').problems[0]?.reason).toMatch(/^the file is empty/)
    expect(importText('[1]').problems[0]?.reason).toContain('an array, not an object')
  })
  it('reads a .json file that does not start with { as JSON when it parses', () => {
    expect(importText(' \n {"type":"FeatureCollection","features":[]}', { fileName: 'x.geojson' }).format).toBe('geojson')
  })
  it('titles the dataset from the file name without path and extension', () => {
    const text = 'date,title\n2022-10-10,x'
    expect((importText(text, { fileName: 'C:\\data\\my events.v2.csv' }).raw as { title: string }).title).toBe('my events.v2')
    expect((importText(text, { fileName: '.csv' }).raw as { title: string }).title).toBe('Imported events')
  })
  it('never throws, even on options and inputs of the wrong type', () => {
    expect(() => importText(undefined as unknown as string)).not.toThrow()
    expect(() => importText('date,title\n2022,x', null as unknown as undefined)).not.toThrow()
    expect(() => importText('date,title\n2022,x', { csvMapping: { start: 5 as unknown as string } })).not.toThrow()
    expect(() => detectFormat(null as unknown as string)).not.toThrow()
  })
})

describe('mergeProblems', () => {
  const error = (record: number, field: string): LoadProblem => ({ severity: 'error', section: 'events', record, field, reason: `import ${field}` })
  it('drops the validator’s repeat of a field the importer rejected, and everything on a record it could not read', () => {
    const merged = mergeProblems(
      [error(2, 'start'), error(3, '(record)'), { severity: 'warning', section: 'events', record: 1, field: 'place.lat', reason: 'w' }],
      [
        { severity: 'error', section: 'events', record: 2, field: 'start', reason: 'expected ISO 8601' },
        { severity: 'error', section: 'events', record: 2, field: 'title', reason: 'empty' },
        { severity: 'error', section: 'events', record: 3, field: '(record)', reason: 'expected object' },
        { severity: 'error', section: 'events', record: 1, field: 'place.lat', reason: 'kept' },
        { severity: 'error', section: 'dataset', field: 'events', reason: 'no event in the dataset is valid' },
      ],
    )
    expect(merged.map((p) => p.reason)).toEqual(['no event in the dataset is valid', 'w', 'kept', 'import start', 'empty', 'import (record)'])
  })
})
