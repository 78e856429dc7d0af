// The baseline for `npm run bench`: every event as a vis-timeline item and a Leaflet DOM
// marker, the way a straightforward map + timeline page is built. Not part of the app.
import 'leaflet/dist/leaflet.css'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import L from 'leaflet'
import { Timeline } from 'vis-timeline/esnext'
import { DataSet } from 'vis-data/esnext'

interface RawEvent {
  id: string
  title: { en: string }
  start: string
  end?: string
  place?: { lat: number; lon: number }
}

const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

async function main() {
  const url = new URLSearchParams(location.search).get('data') ?? ''
  const data = (await (await fetch(url)).json()) as { events: RawEvent[] }
  const map = L.map('map', { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView([30, 10], 2)
  const markers = new Map<string, { marker: L.Marker; start: number; end: number }>()
  for (const event of data.events) {
    const start = Date.parse(event.start)
    const end = event.end ? Date.parse(event.end) : start
    if (event.place) {
      const marker = L.marker([event.place.lat, event.place.lon], { icon: L.divIcon({ className: 'naive-marker', iconSize: [10, 10] }) }).addTo(map)
      markers.set(event.id, { marker, start, end })
    }
  }
  const items = new DataSet(data.events.map((e) => ({ id: e.id, content: e.title.en, start: Date.parse(e.start), ...(e.end ? { end: Date.parse(e.end) } : {}) })))
  const timeline = new Timeline(document.getElementById('timeline') as HTMLElement, items, { height: '100%' })
  await new Promise<void>((resolve) => timeline.once('changed', () => resolve()))
  const naive = {
    async setWindow(from: number, to: number) {
      timeline.setWindow(from, to, { animation: false })
      for (const { marker, start, end } of markers.values()) marker.setOpacity(end >= from && start <= to ? 1 : 0.3)
      await afterPaint()
    },
    async select(id: string) {
      timeline.setSelection([id])
      const entry = markers.get(id)
      if (entry) map.panTo(entry.marker.getLatLng(), { animate: false })
      await afterPaint()
    },
  }
  Object.assign(window, { naive })
  await afterPaint()
  document.documentElement.dataset['state'] = 'ready'
}

void main()
