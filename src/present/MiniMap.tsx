import { useMemo } from 'react'
import type { FeatureCollection } from 'geojson'
import type { ChronoEvent } from '../data/model'
import type { Shape } from '../data/schema'
import { markPath } from '../lib/markShapes'
import { useAppStore } from '../store/appStore'
import { textIn } from '../lib/text'
import { useT } from '../i18n/useT'
import { countryPaths, frameAround } from './minimap'

const WIDTH = 240
const HEIGHT = 170
/** the category mark's box; its white edge (print.css) runs outside the outline, up to the box's edge */
const MARK = 16

/** A small static map around an event's place: country outlines from the bundled atlas and the category's mark. */
export function MiniMap({ event, color, shape, countries }: { event: ChronoEvent; color: string; shape: Shape; countries: FeatureCollection | null }) {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const place = event.place
  const paths = useMemo(() => {
    if (!place || !countries) return []
    return countryPaths(countries, frameAround(place.lon, place.lat, { width: WIDTH, height: HEIGHT }))
  }, [place, countries])

  if (!place) {
    return (
      <div className="minimap minimap-empty" data-testid="minimap">
        <span>{t('handout.noPlace')}</span>
      </div>
    )
  }
  const cx = WIDTH / 2
  const cy = HEIGHT / 2
  return (
    <svg className="minimap" data-testid="minimap" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('handout.mapOf', { place: textIn(place.name, lang) })}>
      <rect className="minimap-sea" width={WIDTH} height={HEIGHT} />
      {paths.map((d, i) => (
        <path key={i} className="minimap-land" d={d} />
      ))}
      {place.approximate && <circle className="minimap-area" cx={cx} cy={cy} r={13} />}
      <path className="minimap-dot" data-shape={shape} d={markPath(shape, MARK, 1.5)} transform={`translate(${cx - MARK / 2} ${cy - MARK / 2})`} style={{ fill: color }} />
    </svg>
  )
}
