import { useEffect, useState } from 'react'
import { GeoJSON, Pane } from 'react-leaflet'
import type { PathOptions } from 'leaflet'
import type { FeatureCollection } from 'geojson'
import { loadCountries } from './countries'

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
    let live = true
    loadCountries()
      .then((loaded) => {
        if (live) setCountries(loaded)
      })
      .catch((error: unknown) => {
        if (live) console.warn('offline basemap could not be loaded', error)
      })
    return () => {
      live = false
    }
  }, [])

  if (!countries) return null
  return (
    <Pane name="basemap">
      <GeoJSON data={countries} style={COUNTRY_STYLE} interactive={false} attribution={ATTRIBUTION} />
    </Pane>
  )
}
