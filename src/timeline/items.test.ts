import { describe, expect, it } from 'vitest'
import { DataSet } from 'vis-data/esnext'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { buildTimelineItems, syncDataSet, toTimelineItem, type ItemOptions, type TimelineItem } from './items'

const DAY = 86_400_000

function eventsOf(raw: ReturnType<typeof minimalDataset>) {
  return validateDataset(raw).dataset!.events
}
const events = eventsOf(minimalDataset())
const byId = (id: string) => events.find((e) => e.id === id)!
const items = (lang: string, hovered?: string) => events.map((e) => toTimelineItem(e, lang, '#000000', e.id === hovered))

describe('toTimelineItem', () => {
  it('draws an event with an end as a range over its span', () => {
    const c = byId('c')
    expect(toTimelineItem(c, 'en', '#000000', false)).toMatchObject({
      type: 'range',
      'event-id': 'c',
      start: c.spanStart,
      end: c.spanEnd,
      className: 'cm-item',
    })
  })
  it('draws a day without an end over its whole local day, marked as a period', () => {
    const b = byId('b') // 2022-10-10, day precision, UTC−4
    const item = toTimelineItem(b, 'en', '#000000', false)
    expect(item).toMatchObject({ type: 'range', start: Date.parse('2022-10-10T04:00Z'), end: Date.parse('2022-10-11T04:00Z') })
    expect(item.end! - item.start).toBe(DAY)
    expect(item.className.split(' ')).toContain('is-period')
  })
  it('keeps a minute without an end a point', () => {
    const item = toTimelineItem(byId('a'), 'en', '#000000', false)
    expect(item).toMatchObject({ type: 'point', content: 'One', start: byId('a').spanStart })
    expect(item.end).toBeUndefined()
    expect(item.className).toBe('cm-item')
  })
  it('keeps an hour without an end a point', () => {
    const raw = minimalDataset()
    raw.events[0] = { ...raw.events[0], start: '2022-10-10T08:00+03:00', precision: 'hour' }
    const item = toTimelineItem(eventsOf(raw).find((e) => e.id === 'a')!, 'en', '#000000', false)
    expect(item.type).toBe('point')
    expect(item.className).not.toContain('is-period')
  })
  it('draws a month without an end over the whole month', () => {
    const raw = minimalDataset()
    raw.events[1] = { ...raw.events[1], start: '2022-10-01T00:00Z', precision: 'month' }
    const item = toTimelineItem(eventsOf(raw).find((e) => e.id === 'b')!, 'en', '#000000', false)
    expect(item).toMatchObject({ type: 'range', start: Date.parse('2022-10-01T00:00Z'), end: Date.parse('2022-11-01T00:00Z') })
  })
  it('marks approximate times, on points and on periods alike', () => {
    const raw = minimalDataset()
    raw.events = raw.events.map((e) => ({ ...e, timeApproximate: true }))
    const approx = eventsOf(raw).map((e) => toTimelineItem(e, 'en', '#000000', e.id === 'b'))
    for (const item of approx) expect(item.className.split(' '), item.id).toContain('is-approx')
    expect(approx.find((i) => i.id === 'b')!.className).toBe('cm-item is-period is-approx is-hovered')
    expect(items('en').every((i) => !i.className.includes('is-approx'))).toBe(true)
  })
  it('takes the title in the wanted language', () => {
    expect(items('de').find((i) => i.id === 'a')?.content).toBe('Eins')
  })
})

describe('buildTimelineItems', () => {
  const options: ItemOptions = { lang: 'en', colorOf: (id) => (id === 'strike' ? '#D55E00' : '#0072B2'), hoveredId: null, rows: 'single', collapsedRows: [] }

  it('puts every event in one row without groups', () => {
    const built = buildTimelineItems(events, options)
    expect(built.map((i) => i.id)).toEqual(events.map((e) => e.id))
    expect(built.every((i) => !('group' in i))).toBe(true)
    expect(built.find((i) => i.id === 'a')?.color).toBe('#D55E00')
  })
  it('puts each event in its category row', () => {
    const built = buildTimelineItems(events, { ...options, rows: 'category' })
    expect(Object.fromEntries(built.map((i) => [i.id, i.group]))).toEqual({ a: 'strike', b: 'statement', c: 'strike' })
  })
  it('leaves out the events of collapsed rows, in category mode only', () => {
    const collapsed = { ...options, rows: 'category' as const, collapsedRows: ['strike'] }
    expect(buildTimelineItems(events, collapsed).map((i) => i.id)).toEqual(['b'])
    expect(buildTimelineItems(events, { ...collapsed, rows: 'single' }).map((i) => i.id)).toEqual(events.map((e) => e.id))
  })
  it('marks the hovered event', () => {
    const built = buildTimelineItems(events, { ...options, hoveredId: 'c' })
    expect(built.filter((i) => i.className.includes('is-hovered')).map((i) => i.id)).toEqual(['c'])
  })
  it("gives each item its category's shape, and leaves the field out when no shapes are given", () => {
    const built = buildTimelineItems(events, { ...options, shapeOf: (id) => (id === 'strike' ? 'triangle' : 'square') })
    expect(Object.fromEntries(built.map((i) => [i.id, i.shape]))).toEqual({ a: 'triangle', b: 'square', c: 'triangle' })
    expect(buildTimelineItems(events, options).every((i) => !('shape' in i))).toBe(true)
  })
  it('changes nothing in the DataSet when the same shapes come again', () => {
    const withShapes = { ...options, shapeOf: () => 'star' as const }
    const set = new DataSet<TimelineItem, 'id'>(buildTimelineItems(events, withShapes))
    expect(syncDataSet(set, buildTimelineItems(events, withShapes))).toEqual({ added: 0, updated: 0, removed: 0 })
  })
})

describe('syncDataSet', () => {
  it('adds everything once, then touches only what changed', () => {
    const set = new DataSet<TimelineItem, 'id'>()
    expect(syncDataSet(set, items('en'))).toEqual({ added: 3, updated: 0, removed: 0 })
    expect(syncDataSet(set, items('en'))).toEqual({ added: 0, updated: 0, removed: 0 })
    expect(syncDataSet(set, items('en', 'b'))).toEqual({ added: 0, updated: 1, removed: 0 })
    expect(set.get('b')?.className).toContain('is-hovered')
  })
  it('updates titles on a language change and removes what is gone', () => {
    const set = new DataSet<TimelineItem, 'id'>(items('en'))
    const german = items('de').filter((i) => i.id !== 'c')
    expect(syncDataSet(set, german)).toEqual({ added: 0, updated: 1, removed: 1 })
    expect(set.get('a')?.content).toBe('Eins')
    expect(set.get('c')).toBeNull()
  })
  it('replaces an item whose type changes, so no stale end survives', () => {
    const set = new DataSet<TimelineItem, 'id'>(items('en'))
    const pointC = items('en').map((i) => (i.id === 'c' ? { ...i, type: 'point' as const, end: undefined } : i))
    delete pointC.find((i) => i.id === 'c')!.end
    syncDataSet(set, pointC)
    expect(set.get('c')?.end).toBeUndefined()
  })
  it('moves items into rows and back out of them without a stale group', () => {
    const options: ItemOptions = { lang: 'en', colorOf: () => '#000000', hoveredId: null, rows: 'category', collapsedRows: [] }
    const set = new DataSet<TimelineItem, 'id'>()
    syncDataSet(set, buildTimelineItems(events, options))
    expect(set.get('a')?.group).toBe('strike')
    expect(syncDataSet(set, buildTimelineItems(events, options))).toEqual({ added: 0, updated: 0, removed: 0 })
    expect(syncDataSet(set, buildTimelineItems(events, { ...options, rows: 'single' }))).toEqual({ added: 3, updated: 0, removed: 3 })
    expect(set.get().every((i) => i.group === undefined)).toBe(true)
  })
})
