import { useEffect, useRef } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import { useAppStore } from '../store/appStore'
import { selectPlaceBounds } from '../store/selectors'

/** Fits the map to the events once per dataset; the first dataset honours a map view from the link. */
export function FitToEvents() {
  const map = useMap()
  const dataset = useAppStore((s) => s.dataset)
  const version = useAppStore((s) => s.datasetVersion)
  useEffect(() => {
    if (!dataset) return
    // only a view the link named: the map moves before the data is there too (a notice above it changes its size)
    const { mapView: linked, mapViewFromLink } = useAppStore.getState()
    if (version === 1 && linked && mapViewFromLink) {
      map.setView([linked.lat, linked.lon], linked.zoom, { animate: false })
      return
    }
    const bounds = selectPlaceBounds(dataset.events)
    if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 7, animate: false })
  }, [map, dataset, version])
  return null
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** Map view ⇄ store: the view the user leaves is stored; a view from history is applied. */
export function SyncMapView() {
  const map = useMap()
  const setMapView = useAppStore((s) => s.setMapView)
  const mapView = useAppStore((s) => s.mapView)
  useMapEvents({
    moveend: () => {
      const centre = map.getCenter()
      setMapView({ lat: round(centre.lat, 4), lon: round(centre.lng, 4), zoom: round(map.getZoom(), 2) })
    },
  })
  useEffect(() => {
    if (!mapView) return
    const centre = map.getCenter()
    const far = Math.abs(centre.lat - mapView.lat) > 1e-3 || Math.abs(centre.lng - mapView.lon) > 1e-3 || Math.abs(map.getZoom() - mapView.zoom) > 0.01
    if (far) map.setView([mapView.lat, mapView.lon], mapView.zoom, { animate: false })
  }, [map, mapView])
  return null
}

/** Brings the selected event into view: pans when it comes from elsewhere or lies outside the view. */
export function FollowSelection() {
  const map = useMap()
  const selectedId = useAppStore((s) => s.selectedId)
  const source = useAppStore((s) => s.selectionSource)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const eventsById = useAppStore((s) => s.eventsById)
  const last = useRef<string | null>(null)

  useEffect(() => {
    if (selectedId === last.current) return
    last.current = selectedId
    const place = selectedId ? eventsById.get(selectedId)?.place : undefined
    // the history, or a link with a map view, brings its own map view
    if (!place || source === 'history' || (source === 'url' && useAppStore.getState().mapViewFromLink)) return
    const target: [number, number] = [place.lat, place.lon]
    const inView = map.getBounds().pad(-0.15).contains(target)
    if (source !== 'map' || !inView) {
      // panBy, not panTo: without animation panTo resets the whole view, which re-projects every country outline
      // of the basemap (~40 ms a selection here); a pan by pixels at the same zoom only moves and redraws them
      const offset = map.latLngToContainerPoint(target).subtract(map.getSize().divideBy(2))
      if (offset.x !== 0 || offset.y !== 0) map.panBy(offset, { animate: !reducedMotion })
    }
  }, [map, selectedId, source, eventsById, reducedMotion])
  return null
}
