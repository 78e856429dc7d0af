import { describe, expect, it } from 'vitest'
import { DataSet } from 'vis-data/esnext'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { buildTimelineGroups, type GroupOptions, type TimelineGroup } from './groups'
import { syncDataSet } from './items'

const { categories, events } = validateDataset(minimalDataset()).dataset!
const options: GroupOptions = { lang: 'en', collapsedRows: [], describe: (label, n) => `${label}: ${n}` }

describe('buildTimelineGroups', () => {
  it('makes one row per category, in the dataset order, labelled in the wanted language', () => {
    const groups = buildTimelineGroups(categories, events, options)
    expect(groups.map((g) => [g.id, g.content, g.order])).toEqual([
      ['strike', 'Strike', 0],
      ['statement', 'Statement', 1],
    ])
    expect(buildTimelineGroups(categories, events, { ...options, lang: 'de' })[0]?.content).toBe('Angriff')
    expect(groups[0]).toMatchObject({ color: '#d55e00', collapsed: false, className: 'cm-row', ariaLabel: 'Strike: 2' })
    expect(groups.map((g) => g.shape)).toEqual(categories.map((c) => c.shape))
  })
  it('counts the events it is given, and keeps rows that have none', () => {
    const groups = buildTimelineGroups(categories, events.filter((e) => e.id !== 'b'), options)
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ['strike', 2],
      ['statement', 0],
    ])
  })
  it('writes the count as the language does', () => {
    const strike = events.find((e) => e.category === 'strike')!
    const many = Array.from({ length: 1329 }, () => strike)
    expect(buildTimelineGroups(categories, many, options)[0]?.countText).toBe('1,329')
    expect(buildTimelineGroups(categories, many, { ...options, lang: 'de' })[0]?.countText).toBe('1.329')
  })
  it('marks collapsed rows and keeps their count', () => {
    const groups = buildTimelineGroups(categories, events, { ...options, collapsedRows: ['strike'] })
    expect(groups[0]).toMatchObject({ id: 'strike', collapsed: true, count: 2, className: 'cm-row is-collapsed' })
    expect(groups[1]).toMatchObject({ id: 'statement', collapsed: false })
  })
  it('diffs into a DataSet: a collapse updates one row only', () => {
    const set = new DataSet<TimelineGroup, 'id'>()
    expect(syncDataSet(set, buildTimelineGroups(categories, events, options))).toEqual({ added: 2, updated: 0, removed: 0 })
    expect(syncDataSet(set, buildTimelineGroups(categories, events, options))).toEqual({ added: 0, updated: 0, removed: 0 })
    const collapsed = buildTimelineGroups(categories, events, { ...options, collapsedRows: ['statement'] })
    expect(syncDataSet(set, collapsed)).toEqual({ added: 0, updated: 1, removed: 0 })
    expect(set.get('statement')?.collapsed).toBe(true)
  })
})
