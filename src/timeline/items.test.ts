import { describe, expect, it } from 'vitest'
import { DataSet } from 'vis-data/esnext'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { syncDataSet, toTimelineItem, type TimelineItem } from './items'

const events = validateDataset(minimalDataset()).dataset!.events
const items = (lang: string, hovered?: string) => events.map((e) => toTimelineItem(e, lang, '#000000', e.id === hovered))

describe('toTimelineItem', () => {
  it('makes ranges of events with an end and points of the rest', () => {
    const byId = new Map(items('en').map((i) => [i.id, i]))
    expect(byId.get('c')).toMatchObject({ type: 'range', 'event-id': 'c' })
    expect(byId.get('a')).toMatchObject({ type: 'point', content: 'One' })
    expect(byId.get('a')?.end).toBeUndefined()
  })
  it('takes the title in the wanted language', () => {
    expect(items('de').find((i) => i.id === 'a')?.content).toBe('Eins')
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
})
