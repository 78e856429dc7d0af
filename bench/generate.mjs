// Synthetic datasets in chronomap's native format, for `npm run bench`.
// Realistic spread: bursts in time, places around cities (some identical), ranges,
// day-precision dates, events without a place, several categories, text and sources.

const CATEGORIES = [
  ['strike', '#D55E00'], ['protest', '#0072B2'], ['diplomacy', '#009E73'], ['infrastructure', '#E69F00'],
  ['statement', '#56B4E9'], ['exercise', '#7B3294'], ['intelligence', '#5F5F5F'], ['other', '#A6761D'],
]
const CITIES = [
  [50.45, 30.52, 'Kyiv'], [49.84, 24.03, 'Lviv'], [48.47, 35.04, 'Dnipro'], [49.99, 36.25, 'Kharkiv'], [46.48, 30.72, 'Odesa'],
  [52.52, 13.40, 'Berlin'], [50.85, 4.35, 'Brussels'], [51.51, -0.13, 'London'], [48.86, 2.35, 'Paris'], [55.75, 37.62, 'Moscow'],
  [38.90, -77.04, 'Washington'], [40.71, -74.01, 'New York'], [-8.80, 115.23, 'Bali'], [35.68, 139.69, 'Tokyo'], [-33.87, 151.21, 'Sydney'],
  [30.04, 31.24, 'Cairo'], [-1.29, 36.82, 'Nairobi'], [19.43, -99.13, 'Mexico City'], [-23.55, -46.63, 'São Paulo'], [28.61, 77.21, 'Delhi'],
]
const WORDS = 'attack statement meeting pipeline power grid drone missile summit convoy bridge port talks sanctions aid shelter outage repair vote evacuation border'.split(' ')

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n) => String(n).padStart(2, '0')
function iso(ms, offsetHours) {
  const d = new Date(ms + offsetHours * 3_600_000)
  const sign = offsetHours < 0 ? '-' : '+'
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${sign}${pad(Math.abs(offsetHours))}:00`
}
function dayIso(ms, offsetHours) {
  return `${iso(ms, offsetHours).slice(0, 10)}T00:00${offsetHours < 0 ? '-' : '+'}${pad(Math.abs(offsetHours))}:00`
}

export const SPAN_START = Date.UTC(2022, 0, 1)
export const SPAN_END = Date.UTC(2024, 0, 1)

export function generateDataset(n, seed = 42) {
  const rnd = random(seed + n)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  // bursts: a few busy weeks and a steady background
  const bursts = Array.from({ length: 12 }, () => SPAN_START + rnd() * (SPAN_END - SPAN_START))
  const events = []
  for (let i = 0; i < n; i++) {
    const inBurst = rnd() < 0.6
    const t = inBurst ? pick(bursts) + (rnd() - 0.5) * 14 * 86_400_000 : SPAN_START + rnd() * (SPAN_END - SPAN_START)
    const start = Math.min(Math.max(t, SPAN_START), SPAN_END - 86_400_000)
    const [lat, lon, city] = pick(CITIES)
    const offset = lon > 100 ? 8 : lon > 20 ? 3 : lon > -30 ? 1 : -5
    const day = rnd() < 0.4
    const event = {
      id: `ev-${i}`,
      title: { en: `${city}: ${pick(WORDS)} ${pick(WORDS)} #${i}`, de: `${city}: ${pick(WORDS)} ${pick(WORDS)} Nr. ${i}` },
      summary: { en: Array.from({ length: 24 }, () => pick(WORDS)).join(' ') + '.' },
      start: day ? dayIso(start, offset) : iso(start, offset),
      precision: day ? 'day' : 'minute',
      category: pick(CATEGORIES)[0],
      sources: [{ publisher: 'Example Wire', title: `Report ${i}`, date: iso(start, 0).slice(0, 10), url: `https://example.org/report/${i}` }],
      tags: [pick(WORDS)],
    }
    if (rnd() < 0.1) {
      event.end = iso(start + (1 + rnd() * 14 * 24) * 3_600_000, offset)
      event.precision = 'minute'
      event.start = iso(start, offset)
    }
    if (rnd() < 0.95) {
      // a third at the city centre exactly, the rest spread around it
      const exact = rnd() < 0.33
      event.place = {
        name: city,
        lat: Number((lat + (exact ? 0 : (rnd() - 0.5) * 2)).toFixed(4)),
        lon: Number((lon + (exact ? 0 : (rnd() - 0.5) * 3)).toFixed(4)),
      }
    }
    events.push(event)
  }
  return {
    format: 'chronomap',
    version: 1,
    title: { en: `Synthetic benchmark: ${n} events`, de: `Synthetischer Benchmark: ${n} Ereignisse` },
    categories: CATEGORIES.map(([id, color]) => ({ id, label: id, color })),
    events,
  }
}
