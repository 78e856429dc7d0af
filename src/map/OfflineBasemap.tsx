import { useEffect, useRef, useState } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import { CountriesLayer, type CountryStyle } from './CountriesLayer'
import type { CountryShape } from './countryShapes'
import { DETAIL_ZOOM, loadCountryShapes, type Resolution } from './countries'

const COUNTRY_STYLE: CountryStyle = {
  stroke: '#8a9aa8',
  weight: 0.7,
  fill: '#eef0e6',
}

const ATTRIBUTION = 'Countries: Natural Earth (world-atlas)'
const PANE = 'basemap'

/** The default basemap: country shapes bundled with the app, so it works with no network. */
export function OfflineBasemap() {
  const map = useMap()
  const resolutionAt = (zoom: number): Resolution => (zoom >= DETAIL_ZOOM ? '50m' : '110m')
  const [wanted, setWanted] = useState<Resolution>(() => resolutionAt(map.getZoom()))
  const layerRef = useRef<CountriesLayer | null>(null)
  /** what the layer draws: a layer made again (React's development double effects) takes it over */
  const shownRef = useRef<{ shapes: readonly CountryShape[]; resolution: Resolution } | null>(null)
  useMapEvents({ zoomend: () => setWanted(resolutionAt(map.getZoom())) })

  useEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE)
    const created = new CountriesLayer(COUNTRY_STYLE, { pane: PANE, attribution: ATTRIBUTION })
    created.addTo(map)
    if (shownRef.current) created.setShapes(shownRef.current.shapes, shownRef.current.resolution)
    layerRef.current = created
    return () => {
      created.remove()
      layerRef.current = null
    }
  }, [map])

  // (after the effect above, which made the layer)
  useEffect(() => {
    let live = true
    // the outlines shown so far stay until the others have loaded
    loadCountryShapes(wanted)
      .then((shapes) => {
        if (!live) return
        shownRef.current = { shapes, resolution: wanted }
        layerRef.current?.setShapes(shapes, wanted)
      })
      .catch((error: unknown) => {
        if (live) console.warn('offline basemap could not be loaded', error)
      })
    return () => {
      live = false
    }
  }, [wanted])

  return null
}
