import { describe, expect, it } from 'vitest'
import { formatUrlDate, parseUrlState, writeUrlState } from './url'

describe('parseUrlState', () => {
  it('reads event, window, language and e2e', () => {
    expect(parseUrlState('?event=strike-kyiv&from=2022-10-01&to=2022-10-31&lang=de&e2e=1')).toEqual({
      event: 'strike-kyiv',
      window: { start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 9, 31) },
      lang: 'de',
      e2e: true,
    })
  })
  it('ignores an unknown language', () => {
    expect(parseUrlState('?lang=fr').lang).toBeUndefined()
  })
  it.each(['?from=2022-10-31&to=2022-10-01', '?from=yesterday&to=2022-10-01', '?from=2022-10-01'])('flags an unusable window: %s', (search) => {
    const state = parseUrlState(search)
    expect(state.window).toBeUndefined()
    expect(state.badWindow).toBe(true)
  })
})

describe('writeUrlState', () => {
  it('writes the view and keeps parameters it does not own', () => {
    const search = writeUrlState('?e2e=1&event=old', {
      selectedId: 'b',
      window: { start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 9, 10, 8, 15, 29) },
      lang: 'en',
    })
    expect(search).toBe('?e2e=1&event=b&from=2022-10-01&to=2022-10-10T08%3A15Z&lang=en')
  })
  it('drops the event when nothing is selected', () => {
    expect(writeUrlState('?event=a', { selectedId: null, window: null, lang: 'de' })).toBe('?lang=de')
  })
  it('round-trips through parseUrlState', () => {
    const window = { start: Date.UTC(2022, 8, 24, 13, 27), end: Date.UTC(2022, 10, 20) }
    const state = parseUrlState(writeUrlState('', { selectedId: 'x', window, lang: 'de' }))
    expect(state).toEqual({ event: 'x', window, lang: 'de', e2e: false })
  })
  it('formats dates compactly', () => {
    expect(formatUrlDate(Date.UTC(2022, 9, 10))).toBe('2022-10-10')
    expect(formatUrlDate(Date.UTC(2022, 9, 10, 8, 15))).toBe('2022-10-10T08:15Z')
  })
})
