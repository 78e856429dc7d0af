import { describe, expect, it } from 'vitest'
import { acledLike, commaQuoted, customColumns, semicolonBom } from './fixtures/csv'
import { run } from './fixtures/run'
import { guessMapping, sniffDelimiter } from './csv'
import { detectFormat, importText } from './index'

describe('CSV, comma-separated, quoted fields and a line break inside a field', () => {
  const { result, dataset, problems, event } = run(commaQuoted, { fileName: 'events-oct.csv' })

  it('recognises the columns and reports the mapping', () => {
    expect(result.format).toBe('csv')
    expect(result.csv?.columns).toEqual(['id', 'title', 'date', 'lat', 'lon', 'place', 'category', 'description', 'url', 'tags'])
    expect(result.csv?.mapping).toEqual({
      id: 'id', title: 'title', start: 'date', lat: 'lat', lon: 'lon', place: 'place', category: 'category', description: 'description', source: 'url', tags: 'tags',
    })
    expect(result.csv?.unmapped).toEqual([])
    expect(dataset?.title).toEqual({ und: 'events-oct' })
  })
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const kyiv = event('kyiv-1')
    expect(kyiv?.title).toEqual({ und: 'Strikes on Kyiv, morning' })
    expect(kyiv?.summary).toEqual({ und: 'First line\nsecond line with "quotes"' })
    expect(kyiv?.start).toMatchObject({ iso: '2022-10-10T08:15+03:00', precision: 'minute', offsetMinutes: 180 })
    expect(kyiv?.place).toMatchObject({ name: { und: 'Kyiv' }, lat: 50.4547, lon: 30.5238 })
    expect(kyiv?.sources).toEqual([{ publisher: 'www.kyivpost.com', url: 'https://www.kyivpost.com/post/796', note: undefined }])
    expect(kyiv?.tags).toEqual(['kyiv', 'energy'])
  })
  it('skips the empty line, reads a date-only value as a day, and a row without id as row-<n>', () => {
    expect(event('lviv-1')?.start).toMatchObject({ iso: '2022-10-10T00:00Z', precision: 'day' })
    expect(event('lviv-1')?.record).toBe(2)
    const noId = event('row-3')
    expect(noId?.start).toMatchObject({ iso: '2022-10-10T14:30Z', precision: 'minute' })
    expect(noId?.place).toBeUndefined()
  })
  it('rejects the row with an unreadable date, naming record, id, field and column', () => {
    expect(event('bad-date')).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', section: 'events', record: 4, id: 'bad-date', field: 'start', reason: expect.stringContaining('column "date": "sometime in October"') }),
    ])
  })
  it('makes categories with slug ids, the colour cycle and the shape cycle', () => {
    expect(dataset?.categories).toEqual([
      { id: 'missile-strike', label: { und: 'Missile strike' }, color: '#0072b2', shape: 'circle' },
      { id: 'infrastructure', label: { und: 'Infrastructure' }, color: '#d55e00', shape: 'square' },
    ])
  })
})

describe('CSV, semicolon-separated, with BOM, CRLF and decimal commas', () => {
  const { result, problems, event, dataset } = run(semicolonBom)

  it('detects the semicolon and strips the BOM from the first column name', () => {
    expect(result.format).toBe('csv')
    expect(result.csv?.columns[0]).toBe('ID')
    expect(result.csv?.mapping).toMatchObject({ id: 'ID', title: 'Titel', start: 'Start', lat: 'Latitude', lon: 'Longitude', place: 'Ort', category: 'Typ' })
  })
  it('reads "50,45" as 50.45', () => {
    expect(event('a1')?.place).toMatchObject({ name: { und: 'Kyjiw' }, lat: 50.45, lon: 30.52 })
    expect(event('a2')?.place).toMatchObject({ lat: 51.1683, lon: 5.47 })
  })
  it('reads YYYY/MM/DD and DD.MM.YYYY as days', () => {
    expect(event('a1')?.start).toMatchObject({ iso: '2022-10-10T00:00Z', precision: 'day' })
    expect(event('a2')?.start).toMatchObject({ iso: '2022-10-17T00:00Z', precision: 'day' })
  })
  it('keeps a row with a broken coordinate, without a place, never at 0,0', () => {
    expect(event('a3')?.place).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', section: 'events', record: 3, id: 'a3', field: 'place.lat', reason: expect.stringContaining('"abc" is not a number') }),
    ])
  })
  it('falls back to "Imported events" without a file name', () => {
    expect(dataset?.title).toEqual({ und: 'Imported events' })
  })
})

describe('CSV with column names nothing recognises', () => {
  it('asks for a mapping and shows the columns', () => {
    const result = importText(customColumns, { fileName: 'kerch.csv' })
    expect(result.format).toBe('csv')
    expect(result.raw).toBeNull()
    expect(result.csv).toEqual({ columns: ['When', 'What', 'Y', 'X', 'Where'], mapping: {}, unmapped: ['When', 'What', 'Y', 'X', 'Where'] })
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', section: 'dataset', field: 'csvMapping.start' })])
  })
  it('imports with the user’s mapping, matching column names loosely', () => {
    const { result, event, problems } = run(customColumns, {
      fileName: 'kerch.csv',
      csvMapping: { start: 'When', title: 'what', lat: 'Y', lon: 'X', place: 'Where', category: 'Nope' },
    })
    expect(result.csv?.mapping).toEqual({ start: 'When', title: 'What', lat: 'Y', lon: 'X', place: 'Where' })
    expect(result.csv?.unmapped).toEqual([])
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', section: 'dataset', field: 'csvMapping.category', reason: 'there is no column "Nope"' })])
    const kerch = event('row-1')
    expect(kerch?.title).toEqual({ und: 'Kerch bridge explosion' })
    expect(kerch?.start).toMatchObject({ iso: '2022-10-08T06:07+03:00', precision: 'minute' })
    expect(kerch?.place).toMatchObject({ name: { und: 'Kerch Strait' }, lat: 45.31, lon: 36.51 })
    expect(kerch?.category).toBe('uncategorised')
  })
  it('uses only the fields the user mapped', () => {
    const { result, event } = run(commaQuoted, { csvMapping: { start: 'date', title: 'title' } })
    expect(result.csv?.unmapped).toEqual(['id', 'lat', 'lon', 'place', 'category', 'description', 'url', 'tags'])
    expect(event('row-1')?.place).toBeUndefined()
  })
})

describe('CSV shaped like an ACLED export', () => {
  const { result, dataset, problems, event } = run(acledLike, { fileName: 'acled_ukraine.csv' })

  it('maps event_date, event_type, latitude, longitude, location, notes, source and event_id_cnty', () => {
    expect(result.csv?.mapping).toEqual({
      id: 'event_id_cnty', start: 'event_date', lat: 'latitude', lon: 'longitude', place: 'location', category: 'event_type', description: 'notes', source: 'source',
    })
    expect(result.csv?.unmapped).toEqual(['year', 'sub_event_type', 'fatalities'])
    expect(problems).toEqual([])
  })
  it('builds titles from category and place when there is no title column', () => {
    const kyiv = event('UKR12345')
    expect(kyiv?.title).toEqual({ und: 'Explosions/Remote violence \u2014 Kyiv' })
    expect(kyiv?.summary).toEqual({ und: 'On 10 October 2022, Russian forces struck Kyiv with missiles.' })
    expect(kyiv?.start).toMatchObject({ iso: '2022-10-10T00:00Z', precision: 'day' })
    expect(kyiv?.place).toMatchObject({ name: { und: 'Kyiv' }, lat: 50.4501, lon: 30.5234, approximate: false })
    expect(kyiv?.sources).toEqual([{ publisher: 'Ukrainska Pravda', note: undefined }])
  })
  it('makes one category per event_type', () => {
    expect(dataset?.categories.map((c) => [c.id, c.label.und])).toEqual([
      ['explosions-remote-violence', 'Explosions/Remote violence'],
      ['battles', 'Battles'],
    ])
    expect(dataset?.events).toHaveLength(3)
  })
})

describe('CSV details', () => {
  it.each([
    ['a,b;c', ','],
    ['a;b;c,d', ';'],
    ['"x;y",b', ','],
    ['sep=;\na,b;c', ';'],
  ])('delimiter of %j is %s', (text, delimiter) => {
    expect(sniffDelimiter(text)?.delimiter).toBe(delimiter)
  })
  it('is not CSV without a delimiter in the header row', () => {
    expect(detectFormat('just one line of text')).toBeNull()
    expect(sniffDelimiter('title\nx,y')).toBeNull()
  })
  it('recognises names case-insensitively, with spaces or hyphens', () => {
    expect(guessMapping(['Event Date', 'HEADLINE', 'Lat', 'Lng', 'Source-URL', 'Notes'])).toEqual({
      start: 'Event Date', title: 'HEADLINE', lat: 'Lat', lon: 'Lng', source: 'Source-URL', description: 'Notes',
    })
  })
  it('explains a header row with no names', () => {
    const result = importText(',,\n')
    expect(result.format).toBe('csv')
    expect(result.raw).toBeNull()
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', section: 'dataset', reason: expect.stringContaining('no header row') })])
  })
  it('names empty and repeated columns', () => {
    const result = importText('date,,date\n2022-10-10,x,y')
    expect(result.csv?.columns).toEqual(['date', 'column 2', 'date (2)'])
  })
  it('reports rows with too many or too few cells as warnings', () => {
    const { problems, event } = run('id,date,title\na,2022-10-10,A,extra\nb,2022-10-11\nc,2022-10-12,C,x,y')
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', record: 1, id: 'a', field: '(record)', reason: 'the row has 4 cells but the header has 3 columns; the extra cell is ignored' }),
      expect.objectContaining({ severity: 'warning', record: 2, id: 'b', field: '(record)', reason: 'the row has 2 cells but the header has 3 columns; the missing cell is read as empty' }),
      expect.objectContaining({ severity: 'warning', record: 3, id: 'c', field: '(record)', reason: 'the row has 5 cells but the header has 3 columns; the extra cells are ignored' }),
    ])
    expect(event('b')?.title).toEqual({ und: 'b' })
  })
  it('reports an unclosed quote', () => {
    const result = importText('date,title\n2022-10-10,"never closed\n2022-10-11,x')
    expect(result.problems).toContainEqual(expect.objectContaining({ severity: 'warning', section: 'dataset', reason: expect.stringContaining('quoted field is not closed') }))
  })
  it('reads end dates, coordinates out of range, javascript: sources and an end before the start', () => {
    const { problems, event } = run(
      [
        'id,start,end,lat,lon,source',
        'r1,2022-10-17,2022-10-30,91,10,javascript:alert(1)',
        'r2,2022-10-17T10:00Z,2022-10-16,,,https://a.example/x https://b.example/y',
      ].join('\n'),
    )
    expect(event('r1')?.end).toMatchObject({ iso: '2022-10-30T00:00Z', precision: 'day' })
    expect(event('r1')?.place).toBeUndefined()
    expect(event('r1')?.sources).toEqual([])
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', record: 1, field: 'place.lat', reason: expect.stringContaining('91 is out of range') }),
      expect.objectContaining({ severity: 'warning', record: 1, field: 'sources', reason: expect.stringContaining('"javascript:alert(1)" is not an http(s) address') }),
      expect.objectContaining({ severity: 'error', record: 2, id: 'r2', field: 'end', reason: expect.stringContaining('before start') }),
    ])
  })
  it('keeps end precision apart from start precision', () => {
    const { event } = run('id,start,end\nr,2022-10-17T10:00+02:00,2022-10-18')
    expect(event('r')?.start.precision).toBe('minute')
    expect(event('r')?.end?.precision).toBe('day')
  })
  it('changes ids the format does not accept and says so', () => {
    const { problems, event } = run('id,date\nev 1/a,2022-10-10\n-x,2022-10-10')
    expect(event('ev-1-a')).toBeDefined()
    expect(event('x')).toBeDefined()
    expect(problems.map((p) => [p.record, p.field, p.id])).toEqual([
      [1, 'id', 'ev-1-a'],
      [2, 'id', 'x'],
    ])
  })
  it('makes unique category ids from labels that slug the same or to nothing', () => {
    const { dataset } = run('date,category\n2022-10-10,Strike\n2022-10-10,strike!\n2022-10-10,Война\n2022-10-10,Мир\n2022-10-10,')
    expect(dataset?.categories.map((c) => [c.id, c.label.und])).toEqual([
      ['strike', 'Strike'],
      ['strike-2', 'strike!'],
      ['uncategorised', 'Война'],
      ['uncategorised-2', 'Мир'],
      ['uncategorised-3', 'Uncategorised'],
    ])
  })
})
