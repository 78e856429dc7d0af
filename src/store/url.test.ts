import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from './filters'
import { embedSearch, formatUrlDate, fullViewSearch, isHistoryStep, parseUrlState, writeUrlState, type ViewState } from './url'

const VIEW: ViewState = {
  selectedId: null,
  window: null,
  lang: 'en',
  filters: EMPTY_FILTERS,
  mapView: null,
  basemap: 'offline',
  timelineRows: 'single',
  collapsedRows: [],
  present: null,
}

describe('parseUrlState', () => {
  it('reads event, window, language and e2e', () => {
    expect(parseUrlState('?event=strike-kyiv&from=2022-10-01&to=2022-10-31&lang=de&e2e=1')).toMatchObject({
      selectedId: 'strike-kyiv',
      window: { start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 9, 31) },
      lang: 'de',
      e2e: true,
      invalid: [],
      filters: EMPTY_FILTERS,
    })
  })
  it('reads filters, map view, basemap and timeline rows', () => {
    const state = parseUrlState('?cat=a,b&tag=x&q=kyiv%20power&dfrom=2022-10-10&dto=2022-10-11&map=50.45,30.52,6&basemap=osm&rows=category&collapsed=a')
    expect(state.filters).toEqual({
      categories: ['a', 'b'],
      tags: ['x'],
      search: 'kyiv power',
      from: Date.UTC(2022, 9, 10),
      to: Date.UTC(2022, 9, 12) - 1,
    })
    expect(state.mapView).toEqual({ lat: 50.45, lon: 30.52, zoom: 6 })
    expect(state.basemap).toBe('osm')
    expect(state.timelineRows).toBe('category')
    expect(state.collapsedRows).toEqual(['a'])
  })
  it.each([
    ['?lang=fr', 'lang'],
    ['?from=2022-10-31&to=2022-10-01', 'from/to'],
    ['?from=yesterday&to=2022-10-01', 'from/to'],
    ['?from=2022-10-01', 'from/to'],
    ['?map=91,0,3', 'map'],
    ['?map=1,2', 'map'],
    ['?map=a,b,c', 'map'],
    ['?dfrom=10.10.2022', 'dfrom'],
    ['?basemap=satellite', 'basemap'],
    ['?rows=many', 'rows'],
  ])('names the unusable parameter in %s', (search, name) => {
    expect(parseUrlState(search).invalid).toEqual([name])
  })
})

describe('writeUrlState', () => {
  it('writes the view, leaves defaults out and keeps parameters it does not own', () => {
    const search = writeUrlState('?e2e=1&event=old&q=old', {
      ...VIEW,
      selectedId: 'b',
      window: { start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 9, 10, 8, 15, 29) },
    })
    expect(search).toBe('?e2e=1&event=b&from=2022-10-01&to=2022-10-10T08%3A15Z&lang=en')
  })
  it('round-trips the whole view through parseUrlState', () => {
    const view: ViewState = {
      selectedId: 'x',
      window: { start: Date.UTC(2022, 8, 24, 13, 27), end: Date.UTC(2022, 10, 20) },
      lang: 'de',
      filters: { categories: ['a'], tags: ['t1', 't2'], search: 'Kyjiw', from: Date.UTC(2022, 9, 10), to: Date.UTC(2022, 9, 12) - 1 },
      mapView: { lat: 50.4547, lon: 30.5238, zoom: 6.5 },
      basemap: 'osm',
      timelineRows: 'category',
      collapsedRows: ['a', 'b'],
      present: { step: 3 },
    }
    const state = parseUrlState(writeUrlState('', view))
    expect(state).toEqual({ ...view, e2e: false, embed: false, invalid: [] })
  })
  it('formats dates compactly', () => {
    expect(formatUrlDate(Date.UTC(2022, 9, 10))).toBe('2022-10-10')
    expect(formatUrlDate(Date.UTC(2022, 9, 10, 8, 15))).toBe('2022-10-10T08:15Z')
  })
})

describe('embed', () => {
  it('reads embed=1 and nothing else as embed mode', () => {
    expect(parseUrlState('?embed=1').embed).toBe(true)
    expect(parseUrlState('?embed=0').embed).toBe(false)
    expect(parseUrlState('?embed=yes').embed).toBe(false)
    expect(parseUrlState('').embed).toBe(false)
  })
  it('is kept while the view is written into the URL', () => {
    expect(writeUrlState('?embed=1&event=old', { ...VIEW, selectedId: 'b' })).toBe('?embed=1&event=b&lang=en')
  })
  it('the full view is the same link without embed; the embed link adds it once', () => {
    expect(fullViewSearch('?event=b&embed=1&from=2022-10-01&to=2022-10-10&lang=de')).toBe('?event=b&from=2022-10-01&to=2022-10-10&lang=de')
    expect(fullViewSearch('?embed=1')).toBe('')
    expect(embedSearch('?event=b&lang=de')).toBe('?event=b&lang=de&embed=1')
    expect(embedSearch('?embed=1&event=b')).toBe('?embed=1&event=b')
    expect(embedSearch('')).toBe('?embed=1')
  })
})

describe('isHistoryStep', () => {
  it('treats selection and filter changes as steps, panning and typing as not', () => {
    expect(isHistoryStep(VIEW, { ...VIEW, selectedId: 'a' })).toBe(true)
    expect(isHistoryStep(VIEW, { ...VIEW, filters: { ...EMPTY_FILTERS, categories: ['a'] } })).toBe(true)
    expect(isHistoryStep(VIEW, { ...VIEW, window: { start: 1, end: 2 } })).toBe(false)
    expect(isHistoryStep(VIEW, { ...VIEW, mapView: { lat: 1, lon: 2, zoom: 3 } })).toBe(false)
    const typing = { ...VIEW, filters: { ...EMPTY_FILTERS, search: 'ky' } }
    expect(isHistoryStep(typing, { ...VIEW, filters: { ...EMPTY_FILTERS, search: 'kyiv' } })).toBe(false)
  })
})

describe('present', () => {
  it('reads the 1-based step, and notes=1 as the speaker’s window', () => {
    expect(parseUrlState('?present=1')).toMatchObject({ present: { step: 1 }, invalid: [] })
    expect(parseUrlState('?present=12&notes=1')).toMatchObject({ present: { step: 12 }, speakerView: true })
    expect(parseUrlState('?notes=1').speakerView).toBeUndefined()
    expect(parseUrlState('').present).toBeUndefined()
  })
  it.each(['0', '-1', '2.5', 'one', ''])('names present=%s as unusable', (value) => {
    const state = parseUrlState(`?present=${value}`)
    expect(state.invalid).toEqual(['present'])
    expect(state.present).toBeUndefined()
  })
  it('writes the step, and drops it when presenting ends', () => {
    expect(writeUrlState('?e2e=1&notes=1', { ...VIEW, selectedId: 'b', present: { step: 4 } })).toBe('?e2e=1&notes=1&event=b&lang=en&present=4')
    expect(writeUrlState('?present=4&event=b', { ...VIEW, selectedId: 'b' })).toBe('?event=b&lang=en')
  })
  it('makes starting and leaving a history step, but not the steps in between', () => {
    const presenting = { ...VIEW, present: { step: 1 }, selectedId: 'a' }
    expect(isHistoryStep(VIEW, presenting)).toBe(true)
    expect(isHistoryStep(presenting, { ...presenting, present: { step: 2 }, selectedId: 'b' })).toBe(false)
    expect(isHistoryStep(presenting, { ...presenting, present: null })).toBe(true)
  })
})
