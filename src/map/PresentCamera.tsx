import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import { useAppStore } from '../store/appStore'

/** Close enough to see the place among its neighbours, far enough to keep the country around it. */
export const PRESENT_ZOOM = 5

/**
 * Present mode: each step flies the map to its event (instantly with reduced motion). Runs after FollowSelection,
 * whose pan it replaces. An event without a place leaves the map where it is.
 */
export function PresentCamera() {
  const map = useMap()
  const step = useAppStore((s) => s.present?.step)
  const selectedId = useAppStore((s) => s.selectedId)
  const source = useAppStore((s) => s.selectionSource)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  useEffect(() => {
    if (step === undefined || selectedId === null || source !== 'present') return
    const place = useAppStore.getState().eventsById.get(selectedId)?.place
    if (!place) return
    if (reducedMotion) map.setView([place.lat, place.lon], PRESENT_ZOOM, { animate: false })
    else map.flyTo([place.lat, place.lon], PRESENT_ZOOM, { duration: 1.2 })
  }, [map, step, selectedId, source, reducedMotion])
  return null
}
