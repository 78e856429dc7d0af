/**
 * Country outlines (Natural Earth via world-atlas), shipped as a separate asset and fetched
 * once per page for the offline basemap and the handout's mini maps. main.tsx starts the
 * download at boot, so it runs beside the data instead of after the first render.
 */
import type { FeatureCollection } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countriesUrl from 'world-atlas/countries-50m.json?url'
import { countriesFromTopology } from './basemap'

let loading: Promise<FeatureCollection> | null = null

export function loadCountries(): Promise<FeatureCollection> {
  loading ??= fetch(countriesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json() as Promise<Topology<{ countries: GeometryCollection }>>
    })
    .then(countriesFromTopology)
    .catch((error: unknown) => {
      // a later call may try again (e.g. once the network is back)
      loading = null
      throw error
    })
  return loading
}

/** Starts the download without waiting for it; a failure is reported by whoever uses the outlines. */
export function prefetchCountries(): void {
  loadCountries().catch(() => undefined)
}
