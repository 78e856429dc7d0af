import { useEffect, useState } from 'react'
import { GeoJSON, Pane } from 'react-leaflet'
import type { PathOptions } from 'leaflet'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { FeatureCollection } from 'geojson'
// Shipped as a separate asset (not in the JS bundle) and cached by the browser.
import countriesUrl from 'world-atlas/countries-50m.json?url'
import { countriesFromTopology } from './basemap'

const COUNTRY_STYLE: PathOptions = {
  color: '#8a9aa8',
  weight: 0.7,
  fillColor: '#eef0e6',
  fillOpacity: 1,
}

const ATTRIBUTION = 'Countries: Natural Earth (world-atlas)'

/** The default basemap: country shapes bundled with the app, so it works with no network. */
export function OfflineBasemap() {
  const [countries, setCountries] = useState<FeatureCollection | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetch(countriesUrl, { signal: controller.signal })
      .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
      .then((topology) => setCountries(countriesFromTopology(topology)))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.warn('offline basemap could not be loaded', error)
      })
    return () => controller.abort()
  }, [])

  if (!countries) return null
  return (
    <Pane name="basemap">
      <GeoJSON data={countries} style={COUNTRY_STYLE} interactive={false} attribution={ATTRIBUTION} />
    </Pane>
  )
}
