import 'leaflet/dist/leaflet.css'
import { MapContainer, TileLayer, ZoomControl, useMap } from 'react-leaflet'
import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { useT } from '../i18n/useT'
import { OfflineBasemap } from './OfflineBasemap'
import { EventMarkers } from './EventMarkers'
import { EventShapes } from './EventShapes'
import { RelationArrows } from './RelationArrows'
import { CLUSTER_MAX_ZOOM } from './clusterIndex'
import { FitToEvents, FollowSelection, SyncMapView } from './MapBehaviour'
import { PresentCamera } from './PresentCamera'

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">OpenStreetMap</a> contributors'

/** The optional online layer: only requested when the user switches it on. */
function OnlineTiles() {
  const basemap = useAppStore((s) => s.basemap)
  if (basemap !== 'osm') return null
  return <TileLayer url={OSM_URL} attribution={OSM_ATTRIBUTION} maxZoom={19} />
}

/** Keeps Leaflet's size right when the layout around it changes (panels opening, stacking). */
function TrackContainerSize() {
  const map = useMap()
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ animate: false }))
    observer.observe(map.getContainer())
    return () => observer.disconnect()
  }, [map])
  return null
}

export function EventMap() {
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const lang = useAppStore((s) => s.lang)
  const t = useT()
  return (
    <section className="map-pane" data-testid="map" aria-label={t('map.label')}>
      <MapContainer
        center={[48, 20]}
        zoom={3}
        minZoom={1}
        maxZoom={CLUSTER_MAX_ZOOM}
        worldCopyJump
        zoomAnimation={!reducedMotion}
        fadeAnimation={!reducedMotion}
        markerZoomAnimation={!reducedMotion}
        className="map"
        zoomControl={false}
      >
        {/* keyed by language: Leaflet reads the titles only when the control is created */}
        <ZoomControl key={lang} position="topleft" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <OfflineBasemap />
        <OnlineTiles />
        <EventShapes />
        <RelationArrows />
        <EventMarkers />
        {/* before anything that moves the map: its effect listens for moveend, and the data can be there in the
            very first render, when FitToEvents and FollowSelection move the map in their own effects */}
        <SyncMapView />
        <FitToEvents />
        <FollowSelection />
        <PresentCamera />
        <TrackContainerSize />
      </MapContainer>
    </section>
  )
}
