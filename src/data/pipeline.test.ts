import { describe, expect, it } from 'vitest'
import { loadFromText } from './pipeline'
import { minimalDataset } from './fixtures/minimal'

const ids = (text: string) => loadFromText(text, { fileName: 'x' }).dataset?.categories.map((c) => c.id)

describe('loadFromText: categories an importer made', () => {
  it('leaves out those only rejected records had (TimelineJS groups, a CSV column, GeoJSON properties)', () => {
    const timeline = {
      title: { text: { headline: 'T' } },
      events: [
        { start_date: { year: 2022, month: 10, day: 10 }, text: { headline: 'A' }, group: 'Strikes' },
        // no date: rejected, and with it the fallback category it would have had
        { text: { headline: 'no date' } },
        { start_date: { year: 2022, month: 13, day: 1 }, text: { headline: 'bad month' }, group: 'Diplomacy' },
      ],
    }
    expect(ids(JSON.stringify(timeline))).toEqual(['strikes'])
    expect(ids('date,title,category\n2022-10-10,A,Strikes\nnot a date,B,Diplomacy\n')).toEqual(['strikes'])
    const feature = (date: string, category: string) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [30.5, 50.4] }, properties: { date, title: 'x', category } })
    expect(ids(JSON.stringify({ type: 'FeatureCollection', features: [feature('2022-10-10', 'Strikes'), feature('never', 'Diplomacy')] }))).toEqual(['strikes'])
  })

  it("keeps a file's own categories, used or not", () => {
    const native = minimalDataset()
    native.categories.push({ id: 'unused', label: 'Unused', color: '#123456' })
    expect(ids(JSON.stringify(native))).toContain('unused')
  })
})
