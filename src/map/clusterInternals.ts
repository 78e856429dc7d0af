/**
 * A cluster index built in a worker (clusterWorker.ts) and used on the page. supercluster keeps its index in typed
 * arrays (one KD-tree per zoom, the cluster data, the points' projected coordinates), so the worker transfers those
 * buffers, with the cluster properties as typed arrays too, and the page puts a supercluster together from them
 * without building anything itself: at 100,000 events the build is the largest single piece of the first render.
 * Properties become objects only for the points and clusters a view asks for.
 *
 * This reads supercluster's and kdbush's internal fields (supercluster 9, kdbush 4): clusterInternals.test.ts
 * checks that an index put together here answers every query like one built on the page.
 */
import Supercluster from 'supercluster'
import type { ClusterIndex, ClusterProps, PointProps } from './clusterIndex'
import type { ClusterInput } from './clusterInput'

/** A kdbush tree as supercluster keeps it: kdbush's own buffer (viewed by ids), supercluster's data beside it. */
interface Tree {
  ids: Uint16Array | Uint32Array
  numItems: number
  data: Int32Array
}

interface QueryOptions {
  radius: number
  extent: number
  minZoom: number
  maxZoom: number
}

/** The internals of a built supercluster that the queries read. */
interface Internals {
  options: QueryOptions
  trees: Tree[]
  stride: number
  numPoints: number
  props: unknown[]
  clusterProps: ClusterProps[]
  coords: Float64Array
  ids: unknown[] | null
}

function internals(index: Supercluster<PointProps, ClusterProps> | ClusterIndex): Internals {
  return index as unknown as Internals
}

/** An array whose elements are made on first read: supercluster reads its points' props by position only. */
function lazyArray<T>(make: (k: number) => T): T[] {
  const made: T[] = []
  return new Proxy(made, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const k = Number(key)
        if (Number.isInteger(k) && k >= 0) return (target[k] ??= make(k))
      }
      return Reflect.get(target, key, receiver)
    },
  })
}

/** Cluster properties by supercluster's position: events per category (categories × clusters), earliest start, latest end. */
export interface PackedProps {
  counts: Uint32Array
  minStart: Float64Array
  maxEnd: Float64Array
}

export interface PackedIndex {
  input: ClusterInput
  props: PackedProps
  options: QueryOptions
  numPoints: number
  stride: number
  coords: Float64Array
  /** per zoom, the position of its tree in `trees` (zooms without new clusters share their parent's tree) */
  treeOfZoom: number[]
  trees: { kd: ArrayBuffer; data: Int32Array }[]
}

// supercluster's layout of one item in a tree's data (supercluster 9)
const OFFSET_ID = 3
const OFFSET_PARENT = 4
const OFFSET_NUM = 5
const OFFSET_PROP = 6

/** The packed properties of indexes built by buildFromInput, which get them from aggregateClusterProps. */
const packedProps = new WeakMap<object, PackedProps>()

/**
 * Every cluster's category counts and span, from supercluster's parent links after the build, level by level from
 * the deepest zoom up: a cluster formed at zoom z adds up its members at zoom z + 1 (points from `input`, clusters
 * from their own sums, made one level earlier). This replaces supercluster's map/reduce, which cloned a properties
 * object and a counts array for every cluster it formed: about a third of the build at 100,000 events.
 */
export function aggregateClusterProps(index: object, input: ClusterInput): PackedProps {
  const sc = internals(index as ClusterIndex)
  const categories = input.categoryIds.length
  const n = sc.clusterProps.length
  const props: PackedProps = { counts: new Uint32Array(n * categories), minStart: new Float64Array(n).fill(Infinity), maxEnd: new Float64Array(n).fill(-Infinity) }
  const { counts, minStart, maxEnd } = props
  const { stride, numPoints } = sc
  for (let z = sc.options.maxZoom; z >= sc.options.minZoom; z--) {
    const parent = sc.trees[z]
    const child = sc.trees[z + 1]
    // a zoom where nothing merged shares its tree with the next
    if (!parent || !child || parent === child) continue
    // the clusters formed at this zoom, by the position of the member they started from at the zoom below (a
    // cluster's id is that position × 32 + its zoom + 1, offset by the number of points)
    const propOf = new Int32Array(child.numItems).fill(-1)
    const above = parent.data
    for (let i = 0; i < parent.numItems * stride; i += stride) {
      const id = (above[i + OFFSET_ID] ?? 0) - numPoints
      if ((above[i + OFFSET_NUM] ?? 0) > 1 && (id & 31) === z + 1) propOf[id >> 5] = above[i + OFFSET_PROP] ?? 0
    }
    const below = child.data
    for (let k = 0; k < child.numItems * stride; k += stride) {
      const parentId = below[k + OFFSET_PARENT] ?? -1
      if (parentId < 0) continue
      const target = propOf[(parentId - numPoints) >> 5] ?? -1
      if (target < 0) continue
      let start: number
      let end: number
      if ((below[k + OFFSET_NUM] ?? 0) > 1) {
        const member = below[k + OFFSET_PROP] ?? 0
        for (let c = 0; c < categories; c++) counts[target * categories + c] = (counts[target * categories + c] ?? 0) + (counts[member * categories + c] ?? 0)
        start = minStart[member] ?? 0
        end = maxEnd[member] ?? 0
      } else {
        const point = below[k + OFFSET_ID] ?? 0
        const at = target * categories + (input.category[point] ?? 0)
        counts[at] = (counts[at] ?? 0) + 1
        start = input.spanStart[point] ?? 0
        end = input.spanEnd[point] ?? 0
      }
      if (start < (minStart[target] ?? 0)) minStart[target] = start
      if (end > (maxEnd[target] ?? 0)) maxEnd[target] = end
    }
  }
  return props
}

/** Cluster properties made on first read from packed ones (supercluster reads them by position only). */
function lazyClusterProps(props: PackedProps, categories: number): ClusterProps[] {
  return lazyArray((c) => ({
    counts: Array.from(props.counts.subarray(c * categories, (c + 1) * categories)),
    minStart: props.minStart[c] ?? 0,
    maxEnd: props.maxEnd[c] ?? 0,
  }))
}

/** Puts aggregated properties in place of the placeholders supercluster kept while it built the index. */
export function fillClusterProps(index: object, props: PackedProps, categories: number): void {
  internals(index as ClusterIndex).clusterProps = lazyClusterProps(props, categories)
  packedProps.set(index, props)
}

function own(array: Int32Array): Int32Array {
  return array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : array.slice()
}

/** The index as transferable arrays; the second value lists the buffers to transfer. */
export function packIndex(index: ClusterIndex, input: ClusterInput): [PackedIndex, ArrayBuffer[]] {
  const sc = internals(index)
  const unique: Tree[] = []
  const treeOfZoom = sc.trees.map((tree) => {
    let at = unique.indexOf(tree)
    if (at < 0) at = unique.push(tree) - 1
    return at
  })
  const trees = unique.map((tree) => ({ kd: tree.ids.buffer as ArrayBuffer, data: own(tree.data) }))
  const props = packedProps.get(index) ?? aggregateClusterProps(index, input)
  const { radius, extent, minZoom, maxZoom } = sc.options
  const packed: PackedIndex = { input, props, options: { radius, extent, minZoom, maxZoom }, numPoints: sc.numPoints, stride: sc.stride, coords: sc.coords, treeOfZoom, trees }
  const views = [...Object.values(input), ...Object.values(props), sc.coords, ...trees.map((tree) => tree.data)].filter((value) => ArrayBuffer.isView(value))
  const buffers = new Set<ArrayBuffer>([...trees.map((tree) => tree.kd), ...views.map((view) => view.buffer as ArrayBuffer)])
  return [packed, [...buffers]]
}

interface TreeClass {
  from(buffer: ArrayBuffer): Tree
}
let treeClass: TreeClass | null = null

/** kdbush comes with supercluster, not as a dependency of ours: its class is taken from the tree of a tiny index. */
function kdbush(): TreeClass {
  if (!treeClass) {
    const tiny = new Supercluster().load([{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} }]) as unknown as Internals
    treeClass = (tiny.trees[0] as Tree).constructor as unknown as TreeClass
  }
  return treeClass
}

/** A supercluster that answers queries from a packed index; it cannot load points itself. */
export function unpackIndex(packed: PackedIndex): ClusterIndex {
  const { input, props } = packed
  const categories = input.categoryIds.length
  const unit = Array.from({ length: categories }, (_, k) => Array.from({ length: categories }, (_, j) => (j === k ? 1 : 0)))
  const index = new Supercluster<PointProps, ClusterProps>()
  const sc = internals(index)
  const trees = packed.trees.map(({ kd, data }) => Object.assign(kdbush().from(kd), { data }))
  // the options of the index that was packed, as far as queries read them
  Object.assign(sc.options, packed.options)
  sc.trees = packed.treeOfZoom.map((k) => trees[k] as Tree)
  sc.stride = packed.stride
  sc.numPoints = packed.numPoints
  sc.coords = packed.coords
  sc.ids = null
  sc.props = lazyArray((k) => {
    const c = input.category[k] ?? 0
    const spanStart = input.spanStart[k] ?? 0
    const spanEnd = input.spanEnd[k] ?? 0
    return { i: input.position[k] ?? 0, category: input.categoryIds[c] ?? '', spanStart, spanEnd, counts: unit[c] ?? [], minStart: spanStart, maxEnd: spanEnd }
  })
  sc.clusterProps = lazyClusterProps(props, categories)
  return Object.assign(index, { categoryIds: input.categoryIds }) as unknown as ClusterIndex
}
