import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import { useAppStore } from '../store/appStore'
import { selectPlaceBounds } from '../store/selectors'

/** Fits the map to the events once per dataset. */
export function FitToEvents() {
  const map = useMap()
  const dataset = useAppStore((s) => s.dataset)
  useEffect(() => {
    const bounds = dataset && selectPlaceBounds(dataset.events)
    if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 7, animate: false })
  }, [map, dataset])
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
    if (!place) return
    const target: [number, number] = [place.lat, place.lon]
    const inView = map.getBounds().pad(-0.15).contains(target)
    if (source !== 'map' || !inView) map.panTo(target, { animate: !reducedMotion })
  }, [map, selectedId, source, eventsById, reducedMotion])
  return null
}
