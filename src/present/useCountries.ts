import { useEffect, useState } from 'react'
import type { FeatureCollection } from 'geojson'
import { loadCountries } from '../map/countries'

/** Country outlines for the handout's maps; null until loaded (or if they cannot be). */
export function useCountries(): FeatureCollection | null {
  const [countries, setCountries] = useState<FeatureCollection | null>(null)
  useEffect(() => {
    let live = true
    loadCountries()
      .then((loaded) => {
        if (live) setCountries(loaded)
      })
      .catch((error: unknown) => console.warn('handout maps: country outlines could not be loaded', error))
    return () => {
      live = false
    }
  }, [])
  return countries
}
