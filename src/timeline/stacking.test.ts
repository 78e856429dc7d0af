import { describe, expect, it } from 'vitest'
import { ITEM_MARGIN, rowHeight, stackLanes } from './stacking'

describe('stackLanes', () => {
  it('puts items that do not touch side by side in the first lane', () => {
    expect(stackLanes([{ left: 0, right: 50 }, { left: 60, right: 90 }, { left: 100, right: 300 }], 2)).toEqual([0, 0, 0])
  })
  it('moves an item down to the first lane where it fits, the gap included', () => {
    const extents = [
      { left: 0, right: 100 },
      { left: 50, right: 120 },
      { left: 101, right: 150 }, // 1 px after the first: closer than the gap
      { left: 103, right: 150 },
    ]
    expect(stackLanes(extents, 2)).toEqual([0, 1, 2, 0])
  })
  it('fills the lanes in order of the left edges, whatever order the items come in', () => {
    const extents = [
      { left: 200, right: 260 },
      { left: 0, right: 250 },
      { left: 10, right: 20 },
    ]
    // 0–250 first (lane 0), 10–20 under it (lane 1), 200–260 collides with lane 0 but fits after 20 in lane 1
    expect(stackLanes(extents, 2)).toEqual([1, 0, 1])
  })
  it('never puts two overlapping items in one lane', () => {
    let seed = 11
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const extents = Array.from({ length: 300 }, () => {
      const left = random() * 2000
      return { left, right: left + 5 + random() * 300 }
    })
    const lanes = stackLanes(extents, 2)
    for (let a = 0; a < extents.length; a++) {
      for (let b = a + 1; b < extents.length; b++) {
        if (lanes[a] !== lanes[b]) continue
        const [x, y] = [extents[a]!, extents[b]!]
        expect(x.right + 2 <= y.left || y.right + 2 <= x.left).toBe(true)
      }
    }
  })
  it('has no lanes without items', () => {
    expect(stackLanes([], 2)).toEqual([])
  })
})

describe('rowHeight', () => {
  it('is none without lanes, and grows by one item and the vertical margin per lane', () => {
    expect(rowHeight(0, 30)).toBe(0)
    const one = rowHeight(1, 30)
    expect(one).toBe(Math.ceil(ITEM_MARGIN.axis + 30 + ITEM_MARGIN.vertical / 2))
    expect(rowHeight(3, 30) - one).toBe(2 * (30 + ITEM_MARGIN.vertical))
  })
})
