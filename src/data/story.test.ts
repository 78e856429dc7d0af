import { describe, expect, it } from 'vitest'
import { validateDataset } from './validate'
import { minimalDataset } from './fixtures/minimal'

function withStory(story: unknown) {
  return { ...minimalDataset(), story }
}

describe('validateDataset: the story', () => {
  it('is absent when the file has none', () => {
    const { dataset, problems } = validateDataset(minimalDataset())
    expect(dataset?.story).toBeUndefined()
    expect(problems).toEqual([])
  })

  it('keeps the steps in the file’s order, with their notes as localised text', () => {
    const { dataset, problems } = validateDataset(withStory([{ event: 'c' }, { event: 'a', notes: { de: 'Notiz', en: 'Note' } }, { event: 'b', notes: 'plain' }]))
    expect(problems).toEqual([])
    expect(dataset?.story).toEqual([
      { eventId: 'c', notes: undefined },
      { eventId: 'a', notes: { de: 'Notiz', en: 'Note' } },
      { eventId: 'b', notes: { und: 'plain' } },
    ])
  })

  it('drops a step naming an unknown event, with a warning that names it', () => {
    const { dataset, problems } = validateDataset(withStory([{ event: 'a' }, { event: 'nope' }, { event: 'b' }]))
    expect(dataset?.story?.map((s) => s.eventId)).toEqual(['a', 'b'])
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', section: 'story', record: 2, id: 'nope', field: 'event' }),
    ])
    expect(problems[0]?.reason).toContain('"nope"')
  })

  it('drops a step naming an event that was itself rejected', () => {
    const data = withStory([{ event: 'a' }, { event: 'b' }])
    data.events[0] = { ...data.events[0], start: 'yesterday' }
    const { dataset, problems } = validateDataset(data)
    expect(dataset?.story?.map((s) => s.eventId)).toEqual(['b'])
    expect(problems.filter((p) => p.section === 'story')).toEqual([expect.objectContaining({ severity: 'warning', record: 1, id: 'a' })])
  })

  it('rejects a malformed step on its own and keeps the rest', () => {
    const { dataset, problems } = validateDataset(withStory([{ event: 'a b' }, 'b', { event: 'b', notes: 3 }, { event: 'c' }]))
    expect(dataset?.story?.map((s) => s.eventId)).toEqual(['c'])
    const story = problems.filter((p) => p.section === 'story')
    expect(story.map((p) => [p.severity, p.record, p.field])).toEqual([
      ['error', 1, 'event'],
      ['error', 2, '(record)'],
      ['error', 3, 'notes'],
    ])
  })

  it('a story that is not a list stops the load like any other top-level error', () => {
    const { dataset, problems } = validateDataset(withStory({ event: 'a' }))
    expect(dataset).toBeNull()
    expect(problems[0]).toMatchObject({ section: 'dataset', field: 'story' })
  })
})
