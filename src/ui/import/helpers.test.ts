import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { LoadProblem } from '../../data/model'
import { baseName, exportFileName, mappingWith, percent, splitProblems } from './helpers'
import { reportCsv } from './reportCsv'

const problems: LoadProblem[] = [
  { severity: 'warning', section: 'events', record: 2, id: 'b', field: 'place', reason: 'no coordinates; kept without a place' },
  { severity: 'error', section: 'events', record: 3, field: 'start', reason: 'day 30 does not exist in 2022-02' },
  { severity: 'error', section: 'dataset', field: '(file)', reason: '=HYPERLINK("http://evil")' },
]

describe('baseName', () => {
  it('drops the extension and any folder', () => {
    expect(baseName('events.csv')).toBe('events')
    expect(baseName('quakes.geo.json')).toBe('quakes.geo')
    expect(baseName('C:\\data\\my list.geojson')).toBe('my list')
    expect(baseName('.hidden')).toBe('.hidden')
    expect(baseName('noext')).toBe('noext')
  })
})

describe('exportFileName', () => {
  it('makes a safe file name from the title', () => {
    expect(exportFileName('Missile strikes, the G20', 'json')).toBe('missile-strikes-the-g20.json')
    expect(exportFileName('Übung „Steadfast Noon“', 'csv')).toBe('ubung-steadfast-noon.csv')
    expect(exportFileName('!!!', 'geojson')).toBe('chronomap.geojson')
  })
})

describe('splitProblems', () => {
  it('keeps errors and warnings apart, in order', () => {
    const { errors, warnings } = splitProblems(problems)
    expect(errors.map((p) => p.field)).toEqual(['start', '(file)'])
    expect(warnings.map((p) => p.field)).toEqual(['place'])
  })
})

describe('reportCsv', () => {
  it('lists errors first, one line per problem, with a header', () => {
    const csv = reportCsv(problems, 'en')
    expect(csv.startsWith('\ufeff')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data
    expect(rows[0]).toEqual(['severity', 'section', 'record', 'id', 'field', 'reason'])
    expect(rows[1]).toEqual(['error', 'events', '3', '', 'start', 'day 30 does not exist in 2022-02'])
    expect(rows[3]).toEqual(['warning', 'events', '2', 'b', 'place', 'no coordinates; kept without a place'])
  })
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = Papa.parse<string[]>(reportCsv(problems, 'en').slice(1).trim()).data
    expect(rows[2]![5]).toBe(`'=HYPERLINK("http://evil")`)
  })
  it('writes the reasons in the language it is downloaded in, under the same English column names', () => {
    const rows = Papa.parse<string[]>(reportCsv(problems, 'de').slice(1).trim()).data
    expect(rows[0]).toEqual(['severity', 'section', 'record', 'id', 'field', 'reason'])
    expect(rows[1]).toEqual(['error', 'events', '3', '', 'start', 'den Tag 30 gibt es im Monat 2022-02 nicht'])
    // a reason the table does not know stays as it is, and is still neutralised
    expect(rows[2]![5]).toBe(`'=HYPERLINK("http://evil")`)
  })
})

describe('mappingWith', () => {
  it('changes one field and leaves the others', () => {
    expect(mappingWith({ title: 'name', start: 'when' }, 'start', 'date')).toEqual({ title: 'name', start: 'date' })
    expect(mappingWith({ title: 'name', start: 'when' }, 'start', '')).toEqual({ title: 'name' })
    expect(mappingWith({}, 'lat', 'y')).toEqual({ lat: 'y' })
  })
})

describe('percent', () => {
  it('clamps and rounds', () => {
    expect(percent(0.456)).toBe(46)
    expect(percent(2)).toBe(100)
    expect(percent(-1)).toBe(0)
    expect(percent(Number.NaN)).toBe(0)
  })
})
