/**
 * Country outlines (Natural Earth via world-atlas), shipped as separate assets and fetched once per page: the
 * 1:110m outlines for the world and continent views, the 1:50m ones from DETAIL_ZOOM on and for the handout's
 * mini maps. src/app/earlyStart.ts starts the coarse download at boot, so it runs beside the data.
 */
import type { FeatureCollection } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import coarseUrl from 'world-atlas/countries-110m.json?url'
import detailedUrl from 'world-atlas/countries-50m.json?url'
import { countriesFromTopology } from './basemap'
import { shapesFromTopology, type CountryShape } from './countryShapes'

export type Resolution = '110m' | '50m'

/**
 * From this zoom on the basemap draws the 1:50m outlines. Below it the 1:110m ones look the same at screen
 * resolution and cost a fifth to project and draw (the basemap is redrawn on every pan and zoom).
 */
export const DETAIL_ZOOM = 4

const URLS: Record<Resolution, string> = { '110m': coarseUrl, '50m': detailedUrl }
type Countries = Topology<{ countries: GeometryCollection<{ name?: string }> }>

/** Caches a promise per resolution; a failed one is forgotten, so a later call may try again (once online, say). */
function cached<T>(cache: Partial<Record<Resolution, Promise<T>>>, resolution: Resolution, make: () => Promise<T>): Promise<T> {
  return (cache[resolution] ??= make().catch((error: unknown) => {
    delete cache[resolution]
    throw error
  }))
}

const topologies: Partial<Record<Resolution, Promise<Countries>>> = {}
const collections: Partial<Record<Resolution, Promise<FeatureCollection>>> = {}
const shapes: Partial<Record<Resolution, Promise<CountryShape[]>>> = {}

function loadTopology(resolution: Resolution): Promise<Countries> {
  return cached(topologies, resolution, () =>
    fetch(URLS[resolution]).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json() as Promise<Countries>
    }),
  )
}

/** The outlines as GeoJSON (the handout's mini maps). */
export function loadCountries(resolution: Resolution = '50m'): Promise<FeatureCollection> {
  return cached(collections, resolution, () => loadTopology(resolution).then(countriesFromTopology))
}

/** The outlines projected for the canvas basemap, once per page and resolution. */
export function loadCountryShapes(resolution: Resolution): Promise<CountryShape[]> {
  return cached(shapes, resolution, () => loadTopology(resolution).then(shapesFromTopology))
}

/** Starts the download of the world view's outlines without waiting for it; whoever draws them reports a failure. */
export function prefetchCountries(): void {
  loadCountryShapes('110m').catch(() => undefined)
}
