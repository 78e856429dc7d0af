import { useEffect, useState } from 'react'
import type { FeatureCollection } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
// the same bundled asset as the offline basemap: the browser has usually cached it already
import countriesUrl from 'world-atlas/countries-50m.json?url'
import { countriesFromTopology } from '../map/basemap'

let loading: Promise<FeatureCollection> | null = null

function loadCountries(): Promise<FeatureCollection> {
  loading ??= fetch(countriesUrl)
    .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then(countriesFromTopology)
    .catch((error: unknown) => {
      loading = null
      throw error
    })
  return loading
}

/** Country outlines for the handout's maps; null until loaded (or if they cannot be). */
export function useCountries(): FeatureCollection | null {
  const [countries, setCountries] = useState<FeatureCollection | null>(null)
  useEffect(() => {
    let live = true
    loadCountries()
      .then((loaded) => {
        if (live) setCountries(loaded)
      })
      .catch((error: unknown) => console.warn('handout maps: country outlines could not be loaded', error))
    return () => {
      live = false
    }
  }, [])
  return countries
}
