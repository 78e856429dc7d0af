import { useEffect, useState } from 'react'
import { GeoJSON, Pane, useMap, useMapEvents } from 'react-leaflet'
import type { PathOptions } from 'leaflet'
import type { FeatureCollection } from 'geojson'
import { DETAIL_ZOOM, loadCountries, type Resolution } from './countries'

const COUNTRY_STYLE: PathOptions = {
  color: '#8a9aa8',
  weight: 0.7,
  fillColor: '#eef0e6',
  fillOpacity: 1,
}

const ATTRIBUTION = 'Countries: Natural Earth (world-atlas)'

/** The default basemap: country shapes bundled with the app, so it works with no network. */
export function OfflineBasemap() {
  const map = useMap()
  const resolutionAt = (zoom: number): Resolution => (zoom >= DETAIL_ZOOM ? '50m' : '110m')
  const [wanted, setWanted] = useState<Resolution>(() => resolutionAt(map.getZoom()))
  const [countries, setCountries] = useState<{ resolution: Resolution; outlines: FeatureCollection } | null>(null)
  useMapEvents({ zoomend: () => setWanted(resolutionAt(map.getZoom())) })

  useEffect(() => {
    let live = true
    // the outlines shown so far stay until the others have loaded
    loadCountries(wanted)
      .then((outlines) => {
        if (live) setCountries({ resolution: wanted, outlines })
      })
      .catch((error: unknown) => {
        if (live) console.warn('offline basemap could not be loaded', error)
      })
    return () => {
      live = false
    }
  }, [wanted])

  if (!countries) return null
  return (
    <Pane name="basemap">
      {/* keyed: react-leaflet's GeoJSON does not take new data, a new layer does */}
      <GeoJSON
        key={countries.resolution}
        data={countries.outlines}
        style={{ ...COUNTRY_STYLE, className: `cm-country res-${countries.resolution}` }}
        interactive={false}
        attribution={ATTRIBUTION}
      />
    </Pane>
  )
}
