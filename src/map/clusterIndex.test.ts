import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseDatasetText } from '../data/parse'
import { buildClusterIndex, categoryShares, clusterTouchesWindow, isCluster, spreadOffsets, CLUSTER_MAX_ZOOM } from './clusterIndex'

const events = parseDatasetText(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')).dataset!.events
const placed = events.filter((e) => e.place)
const WORLD: [number, number, number, number] = [-180, -85, 180, 85]

function countAll(features: ReturnType<ReturnType<typeof buildClusterIndex>['getClusters']>) {
  return features.reduce((sum, f) => sum + (isCluster(f) ? f.properties.point_count : 1), 0)
}

describe('cluster index', () => {
  const index = buildClusterIndex(events)
  it('accounts for every placed event at every zoom', () => {
    for (let zoom = 0; zoom <= CLUSTER_MAX_ZOOM; zoom++) expect(countAll(index.getClusters(WORLD, zoom)), `zoom ${zoom}`).toBe(placed.length)
  })
  it('groups the world view and keeps co-located Kyiv events together even at the deepest zoom', () => {
    expect(index.getClusters(WORLD, 2).length).toBeLessThan(placed.length)
    const deep = index.getClusters(WORLD, CLUSTER_MAX_ZOOM)
    const kyiv = deep.find((f) => isCluster(f) && Math.abs(f.geometry.coordinates[1]! - 50.4547) < 1e-3)
    expect(kyiv && isCluster(kyiv) && kyiv.properties.point_count).toBeGreaterThan(4)
  })
  it('reduces categories and spans', () => {
    const [cluster] = index.getClusters(WORLD, 0).filter(isCluster)
    const total = cluster!.properties.counts.reduce((a, b) => a + b, 0)
    expect(total).toBe(cluster!.properties.point_count)
    expect(cluster!.properties.minStart).toBeLessThanOrEqual(cluster!.properties.maxEnd)
  })
  it("counts each cluster's own events at every zoom (a cluster's counts are not shared with the clusters it contains)", () => {
    for (let zoom = 0; zoom <= CLUSTER_MAX_ZOOM; zoom++) {
      for (const feature of index.getClusters(WORLD, zoom).filter(isCluster)) {
        const leaves = index.getLeaves(feature.properties.cluster_id, Infinity)
        const expected: Record<string, number> = {}
        for (const leaf of leaves) expected[leaf.properties.category] = (expected[leaf.properties.category] ?? 0) + 1
        const counts = Object.fromEntries(categoryShares(feature.properties.counts, index.categoryIds).map(({ category, share }) => [category, Math.round(share * leaves.length)]))
        expect(counts, `zoom ${zoom}`).toEqual(expected)
        expect(feature.properties.minStart).toBe(Math.min(...leaves.map((l) => l.properties.spanStart)))
        expect(feature.properties.maxEnd).toBe(Math.max(...leaves.map((l) => l.properties.spanEnd)))
      }
    }
  })
})

describe('helpers', () => {
  it('categoryShares sums to one, largest first', () => {
    const shares = categoryShares([1, 3, 0], ['a', 'b', 'c'])
    expect(shares.map((s) => s.category)).toEqual(['b', 'a'])
    expect(shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1)
  })
  it('clusterTouchesWindow', () => {
    expect(clusterTouchesWindow({ counts: [], minStart: 10, maxEnd: 20 }, { start: 15, end: 30 })).toBe(true)
    expect(clusterTouchesWindow({ counts: [], minStart: 10, maxEnd: 20 }, { start: 21, end: 30 })).toBe(false)
  })
  it('spreadOffsets keeps every marker apart', () => {
    for (const n of [2, 5, 9, 14, 30]) {
      const offsets = spreadOffsets(n)
      expect(offsets).toHaveLength(n)
      for (let a = 0; a < n; a++) {
        for (let b = a + 1; b < n; b++) {
          const d = Math.hypot(offsets[a]![0] - offsets[b]![0], offsets[a]![1] - offsets[b]![1])
          expect(d, `n=${n} ${a}/${b}`).toBeGreaterThanOrEqual(20)
        }
      }
    }
  })
})

describe('cluster properties at scale', () => {
  it("adds up each cluster's categories and span from its leaves, for thousands of points at every zoom", () => {
    let seed = 42
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const centres = [[50.45, 30.52], [52.52, 13.4], [40.71, -74.0], [-33.87, 151.21], [35.68, 139.69]] as const
    const categories = ['a', 'b', 'c', 'd', 'e']
    const many = Array.from({ length: 4000 }, (_, k) => {
      const [lat, lon] = centres[k % centres.length]!
      const spread = k % 3 === 0 ? 0 : k % 3 === 1 ? 0.05 : 8
      const spanStart = Math.floor(random() * 1e9)
      return {
        ...events[0]!,
        id: `p${k}`,
        category: categories[Math.floor(random() * categories.length)]!,
        spanStart,
        spanEnd: spanStart + Math.floor(random() * 1e7),
        place: { name: { en: 'x' }, lat: lat + (random() - 0.5) * spread, lon: lon + (random() - 0.5) * spread, approximate: false },
      }
    })
    const index = buildClusterIndex(many)
    let checked = 0
    for (let zoom = 0; zoom <= CLUSTER_MAX_ZOOM; zoom++) {
      for (const feature of index.getClusters(WORLD, zoom).filter(isCluster)) {
        const leaves = index.getLeaves(feature.properties.cluster_id, Infinity)
        const counts = index.categoryIds.map((category) => leaves.filter((leaf) => leaf.properties.category === category).length)
        expect(feature.properties.counts, `zoom ${zoom}`).toEqual(counts)
        expect(feature.properties.minStart).toBe(Math.min(...leaves.map((l) => l.properties.spanStart)))
        expect(feature.properties.maxEnd).toBe(Math.max(...leaves.map((l) => l.properties.spanEnd)))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})
