import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseDatasetText } from '../data/parse'
import { buildClusterIndex, buildFromInput, isCluster, CLUSTER_MAX_ZOOM } from './clusterIndex'
import { packIndex, unpackIndex } from './clusterInternals'
import { clusterInput } from './clusterInput'

const events = parseDatasetText(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')).dataset!.events
const WORLD: [number, number, number, number] = [-180, -85, 180, 85]
const EUROPE: [number, number, number, number] = [-10, 35, 40, 70]

type Features = ReturnType<ReturnType<typeof buildClusterIndex>['getClusters']>

/** What a cluster is: supercluster also leaves its first member's fields in a cluster's properties, unused */
function comparable(features: Features) {
  return features.map((f) => {
    if (!isCluster(f)) return f
    const { cluster, cluster_id, point_count, point_count_abbreviated, counts, minStart, maxEnd } = f.properties
    return { ...f, properties: { cluster, cluster_id, point_count, point_count_abbreviated, counts, minStart, maxEnd } }
  })
}

describe('cluster index from a worker', () => {
  // on the page, from the events
  const built = buildClusterIndex(events)
  // as a worker sends it: a structured clone with the buffers transferred (the worker's copies are gone after)
  const input = clusterInput(events)
  const [packed, transfer] = packIndex(buildFromInput(input), input)
  const unpacked = unpackIndex(structuredClone(packed, { transfer }))

  it('answers every query like the index it was packed from', () => {
    expect(unpacked.categoryIds).toEqual(built.categoryIds)
    for (let zoom = 0; zoom <= CLUSTER_MAX_ZOOM + 1; zoom++) {
      for (const bbox of [WORLD, EUROPE]) {
        const expected = built.getClusters(bbox, zoom)
        const actual = unpacked.getClusters(bbox, zoom)
        expect(comparable(actual), `zoom ${zoom}`).toEqual(comparable(expected))
        for (const feature of expected.filter(isCluster)) {
          const id = feature.properties.cluster_id
          expect(unpacked.getLeaves(id, Infinity)).toEqual(built.getLeaves(id, Infinity))
          expect(unpacked.getClusterExpansionZoom(id)).toBe(built.getClusterExpansionZoom(id))
        }
      }
    }
  })
  it('has clusters and single events to compare', () => {
    const features = built.getClusters(WORLD, 3)
    expect(features.some(isCluster)).toBe(true)
    expect(built.getClusters(WORLD, CLUSTER_MAX_ZOOM).some((f) => !isCluster(f))).toBe(true)
  })
  it('transfers its buffers instead of copying them', () => {
    expect(transfer.length).toBeGreaterThan(packed.trees.length)
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true)
  })
})
