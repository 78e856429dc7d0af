/**
 * Why a record (or the whole file) was rejected or changed, as the validator (src/data/validate.ts, the schema's
 * messages, zod's own) and the importers (src/data/import/) say it: in English, because a problem is made in the
 * loader worker and travels as a string. The problem lists and the downloaded report read it through this table.
 * The parts a reason takes from the file (ids, values, column names, numbers) are kept as they are; a reason made of
 * other reasons ("column "start": …", "…; the event is kept without a place") is said in German piece by piece; a
 * reason the table does not know stays as it is. src/i18n/problemReasons.test.ts holds every entry against the
 * reasons the code really makes.
 */
import type { Lang } from './index'
import { reasonIn } from './reasons'

/** A pattern, its German, and which of its parts are reasons of their own (said in German first). */
type Rewrite = [pattern: RegExp, german: (...parts: string[]) => string, inner?: readonly number[]]

/** A name the importers give a field: `column "lat"` (CSV) or a path in the file (`properties.start`, `location.lat`). */
const LABEL = String.raw`column ".*?"|feature id|[A-Za-z_][\w.]*(?:\[\d+\][\w.]*)*(?: \+ [A-Za-z_][\w.]*)?`
const ACCEPTED_TIMES = String.raw`use YYYY-MM-DD, YYYY-MM-DDTHH:MM \(optionally with Z or ±HH:MM\), YYYY-MM, YYYY, DD\.MM\.YYYY, YYYY\/MM\/DD, "10 October 2022" or epoch milliseconds`
const ACCEPTED_TIMES_DE =
  'möglich sind YYYY-MM-DD, YYYY-MM-DDTHH:MM (wahlweise mit Z oder ±HH:MM), YYYY-MM, YYYY, DD.MM.YYYY, YYYY/MM/DD, „10 October 2022“ oder Unix-Zeit in Millisekunden'
const FORMATS = 'expected chronomap JSON, GeoJSON FeatureCollection, TimelineJS JSON or CSV with a header row'
const FORMATS_DE = 'erwartet wird chronomap-JSON, eine GeoJSON-FeatureCollection, TimelineJS-JSON oder CSV mit Kopfzeile'
const DATE_PART = '(year|month|day|hour|minute|second)'

const A_TYPE: Readonly<Record<string, string>> = {
  string: 'ein Text',
  number: 'eine Zahl',
  boolean: 'ein Wahrheitswert',
  object: 'ein Objekt',
  array: 'eine Liste',
  null: 'null',
}
const NO_TYPE: Readonly<Record<string, string>> = { string: 'kein Text', number: 'keine Zahl', boolean: 'kein Wahrheitswert', object: 'kein Objekt', array: 'keine Liste' }
const DATE_PARTS: Readonly<Record<string, string>> = { year: 'das Jahr', month: 'der Monat', day: 'der Tag', hour: 'die Stunde', minute: 'die Minute', second: 'die Sekunde' }

const quoted = (text: string) => `„${text}“`
/** "1 Zelle", "3 Zellen" (the English says "1 cells" too) */
const count = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`
const aType = (type: string) => A_TYPE[type] ?? type
const datePart = (part: string) => DATE_PARTS[part] ?? part

/** `column "lat"` → `Spalte „lat“`; a path in the file stays as it is. */
function label(text: string): string {
  const column = /^column "(.*)"$/s.exec(text)
  if (column) return `Spalte ${quoted(column[1] ?? '')}`
  return text === 'feature id' ? 'Feature-ID' : text
}

/** A value as a reason shows it: `"text"`, a number, or `a value of type array`. */
function shown(text: string): string {
  const value = /^"(.*)"$/s.exec(text)
  if (value) return quoted(value[1] ?? '')
  const typed = /^a value of type (\w+)$/.exec(text)
  if (typed) return aType(typed[1] ?? '')
  return A_TYPE[text] ?? text
}

/** zod's "Too big" / "Too small" for the kinds our schemas limit: text length, list length, number. */
function limit(kind: 'big' | 'small', origin: string, bound: string): string {
  const most = kind === 'big' ? 'höchstens' : 'mindestens'
  if (origin === 'string') return `${kind === 'big' ? 'zu lang' : 'zu kurz'}: ${most} ${bound} Zeichen`
  if (origin === 'array') return `${kind === 'big' ? 'zu viele Einträge' : 'zu wenige Einträge'}: ${most} ${bound}`
  return `${kind === 'big' ? 'zu groß' : 'zu klein'}: ${most} ${bound}`
}

const GERMAN: readonly Rewrite[] = [
  // made of other reasons: the whole first
  [/^(.*); the event is kept without a place$/s, (why) => `${why}; das Ereignis wird ohne Ort übernommen`, [0]],

  // the validator (src/data/validate.ts)
  [/^duplicate category id "(.*)"$/s, (id) => `doppelte Kategorie-Kennung ${quoted(id)}`],
  [/^duplicate id "(.*)" \(first used by record (\d+)\)$/s, (id, record) => `doppelte Kennung ${quoted(id)} (zuerst vergeben in Eintrag ${record})`],
  [/^unknown category "(.*)"$/s, (category) => `unbekannte Kategorie ${quoted(category)}`],
  [/^end \((.*)\) is before start \((.*)\)$/s, (end, start) => `das Ende (${end}) liegt vor dem Beginn (${start})`],
  [/^an event cannot be related to itself$/, () => 'ein Ereignis kann nicht mit sich selbst verknüpft werden'],
  [/^related event "(.*)" does not exist; the link is left out$/s, (id) => `das verknüpfte Ereignis ${quoted(id)} gibt es nicht; die Verknüpfung wird weggelassen`],
  [
    /^story step names event "(.*)", which is not in the dataset or was rejected; the step is left out$/s,
    (id) => `der Schritt nennt das Ereignis ${quoted(id)}, das nicht im Datensatz ist oder abgelehnt wurde; der Schritt wird weggelassen`,
  ],
  [/^the dataset has no events$/, () => 'der Datensatz enthält keine Ereignisse'],
  [/^no event in the dataset is valid$/, () => 'kein Ereignis im Datensatz ist gültig'],

  // the schema's own messages (src/data/schema.ts) and the time check (src/lib/time.ts)
  [/^must not be empty$/, () => 'darf nicht leer sein'],
  [/^needs text in at least one language$/, () => 'braucht Text in mindestens einer Sprache'],
  [
    /^expected text: a string or \{"de": "…", "en": "…"\} with language codes as keys$/,
    () => 'erwartet wird Text: eine Zeichenkette oder {"de": "…", "en": "…"} mit Sprachcodes als Schlüsseln',
  ],
  [/^ids use letters, digits and \. _ : - \(at most 128, no spaces\)$/, () => 'Kennungen bestehen aus Buchstaben, Ziffern und . _ : - (höchstens 128 Zeichen, ohne Leerzeichen)'],
  [/^expected ISO 8601 with UTC offset, e\.g\. 2022-10-10T08:15\+03:00$/, () => 'erwartet wird ISO 8601 mit UTC-Versatz, z. B. 2022-10-10T08:15+03:00'],
  [/^links must start with http:\/\/ or https:\/\/$/, () => 'Links müssen mit http:// oder https:// beginnen'],
  [/^not a valid http\(s\) address$/, () => 'keine gültige http(s)-Adresse'],
  [/^colour must be #rrggbb$/, () => 'die Farbe muss die Form #rrggbb haben'],
  [/^position must be \[lon, lat\] within range$/, () => 'eine Position muss [lon, lat] im gültigen Bereich sein'],
  [/^source date must be YYYY, YYYY-MM or YYYY-MM-DD$/, () => 'das Datum einer Quelle muss die Form YYYY, YYYY-MM oder YYYY-MM-DD haben'],
  [/^this version of chronomap reads format version (\d+)$/, (version) => `diese Version von chronomap liest die Formatversion ${version}`],
  [/^a dataset needs at least one category$/, () => 'ein Datensatz braucht mindestens eine Kategorie'],
  [/^month (\d+) does not exist$/, (month) => `den Monat ${month} gibt es nicht`],
  // "in 2022-02" from the validator; without it from the importers' first look at a date (src/data/import/time.ts)
  [/^day (\d+) does not exist(?: in (\d{4}-\d{2}))?$/, (day, month) => `den Tag ${day} gibt es ${month ? `im Monat ${month} ` : ''}nicht`],
  [/^time of day out of range$/, () => 'die Uhrzeit liegt außerhalb des gültigen Bereichs'],
  [/^UTC offset (.*?) (?:is )?out of range$/s, (offset) => `der UTC-Versatz ${offset} liegt außerhalb des gültigen Bereichs`],

  // zod's own messages, for the checks our schemas make
  [
    /^Invalid input: expected (\w+), received (\S+)$/,
    (expected, received) =>
      received === 'undefined'
        ? `fehlt (erwartet wird ${aType(expected)})`
        : `ungültiger Wert: erwartet wird ${aType(expected)}, ${NO_TYPE[received] ?? `nicht ${aType(received)}`}`,
  ],
  [/^Invalid input: expected (.+)$/s, (value) => `ungültiger Wert: erwartet wird ${value}`],
  [/^Invalid option: expected one of (.+)$/s, (values) => `ungültiger Wert: erlaubt sind ${values}`],
  [/^Invalid discriminator value\. Expected (.+)$/s, (values) => `ungültiger Wert: erlaubt sind ${values}`],
  [/^Too big: expected (string|array|number) to (?:have|be) <=(-?[\d.]+)(?: characters| items)?$/, (origin, bound) => limit('big', origin, bound)],
  [/^Too small: expected (string|array|number) to (?:have|be) >=(-?[\d.]+)(?: characters| items)?$/, (origin, bound) => limit('small', origin, bound)],

  // the importers' building blocks (src/data/import/common.ts)
  [
    new RegExp(String.raw`^(${LABEL}) "(.*)" is not a valid id \(letters, digits and \. _ : -, at most 128\); used "(.*)"$`, 's'),
    (field, value, id) => `${label(field)}: ${quoted(value)} ist keine gültige Kennung (Buchstaben, Ziffern und . _ : -, höchstens 128 Zeichen); verwendet wird ${quoted(id)}`,
  ],
  [new RegExp(`^(${LABEL}) is missing$`, 's'), (field) => `${label(field)} fehlt`],
  [new RegExp(`^(${LABEL}) is empty$`, 's'), (field) => `${label(field)} ist leer`],
  [/^(".*"|-?Infinity|NaN|a value of type \w+) is not a number$/s, (value) => `${shown(value)} ist keine Zahl`],
  [/^(\S+) is out of range \((−?\d+) … (\d+)\)$/, (value, min, max) => `${value} liegt außerhalb des Bereichs (${min} … ${max})`],
  [/^"(.*)" is not an http\(s\) address; it is left out$/s, (text) => `${quoted(text)} ist keine http(s)-Adresse und wird weggelassen`],
  [/^(\d+) more (?:address that is not http\(s\) is|addresses that are not http\(s\) are) left out$/, (n) => (n === '1' ? '1 weitere Adresse, die keine http(s)-Adresse ist, wird weggelassen' : `${n} weitere Adressen, die keine http(s)-Adressen sind, werden weggelassen`)],
  [/^only the first (\d+) sources are kept; (\d+) more (?:is|are) left out$/, (kept, more) => `nur die ersten ${kept} Quellen werden übernommen; ${more} ${more === '1' ? 'weitere wird' : 'weitere werden'} weggelassen`],
  [
    /^(".*"|\w+) is not a UTC offset \(Z or ±HH:MM\); times without offset are read as UTC$/s,
    (value) => `${shown(value)} ist kein UTC-Versatz (Z oder ±HH:MM); Zeiten ohne Versatz werden als UTC gelesen`,
  ],

  // dates in other formats (src/data/import/time.ts)
  [/^(\S+) is not a finite number of milliseconds$/, (value) => `${value} ist keine endliche Zahl von Millisekunden`],
  [/^epoch milliseconds (\S+) fall outside the years 0–9999$/, (value) => `die Unix-Zeit in Millisekunden ${value} liegt außerhalb der Jahre 0–9999`],
  [/^expected a date as text or epoch milliseconds, found (\w+)$/, (type) => `erwartet wird ein Datum als Text oder als Unix-Zeit in Millisekunden, gefunden: ${aType(type)}`],
  [/^the date is empty$/, () => 'das Datum ist leer'],
  [new RegExp(`^"(.*)" is not a date chronomap reads; ${ACCEPTED_TIMES}$`, 's'), (text) => `${quoted(text)} ist kein Datum, das chronomap lesen kann; ${ACCEPTED_TIMES_DE}`],
  [
    new RegExp(String.raw`^"(.*)" is ambiguous \(day\/month or month\/day\?\); ${ACCEPTED_TIMES}$`, 's'),
    (text) => `${quoted(text)} ist mehrdeutig (Tag/Monat oder Monat/Tag?); ${ACCEPTED_TIMES_DE}`,
  ],
  [
    /^(hour|minute|second|month|day) (-?\d+) is out of range(?: \((\d+)–(\d+)\))?$/,
    (part, value, min, max) => `${datePart(part)} ${value} liegt außerhalb ${min ? `des Bereichs ${min}–${max}` : 'des gültigen Bereichs'}`,
  ],

  // TimelineJS (src/data/import/timelinejs.ts)
  [/^expected a date object such as \{"year": 2022, "month": 10, "day": 10\}$/, () => 'erwartet wird ein Datumsobjekt wie {"year": 2022, "month": 10, "day": 10}'],
  [new RegExp(`^${DATE_PART} (.*) is not a whole number$`, 's'), (part, value) => `${datePart(part)} ${value} ist keine ganze Zahl`],
  [new RegExp(`^${DATE_PART} is given but ${DATE_PART} is not$`), (given, missing) => `${datePart(given)} ist angegeben, ${datePart(missing)} aber nicht`],
  [/^year (-?\d+) is outside 0–9999, which chronomap cannot show$/, (year) => `das Jahr ${year} liegt außerhalb von 0–9999; so weit reicht chronomap nicht`],
  [/^the date has no year$/, () => 'das Datum hat kein Jahr'],
  [/^start_date is missing \(every slide but the title needs one\)$/, () => 'start_date fehlt (jede Folie außer der Titelfolie braucht eines)'],
  [/^expected a TimelineJS slide object$/, () => 'erwartet wird ein TimelineJS-Folienobjekt'],

  // GeoJSON (src/data/import/geojson.ts)
  [
    /^no time found: expected properties\.start, time, date or timestamp \(ISO 8601 or epoch milliseconds\), or a JSON-FG "time" member$/,
    () => 'keine Zeit gefunden: erwartet wird properties.start, time, date oder timestamp (ISO 8601 oder Unix-Zeit in Millisekunden) oder ein JSON-FG-Element "time"',
  ],
  [/^a GeoJSON FeatureCollection needs a "features" array$/, () => 'eine GeoJSON-FeatureCollection braucht eine Liste "features"'],
  [
    /^expected a GeoJSON Feature object \(\{"type": "Feature", "geometry": …, "properties": \{…\}\}\)$/,
    () => 'erwartet wird ein GeoJSON-Feature-Objekt ({"type": "Feature", "geometry": …, "properties": {…}})',
  ],
  [/^a GeometryCollection is not supported$/, () => 'eine GeometryCollection wird nicht unterstützt'],
  [/^not a GeoJSON geometry \(type (?:(".*")|missing)\)$/s, (type) => `keine GeoJSON-Geometrie (${type ? `type ${shown(type)}` : 'type fehlt'})`],

  // CSV (src/data/import/csv.ts)
  [
    /^a quoted field is not closed \(from character (\d+|\?)\); the rest of the file was read into it$/,
    (at) => `ein Feld in Anführungszeichen wird nicht geschlossen (ab Zeichen ${at}); der Rest der Datei wurde in dieses Feld gelesen`,
  ],
  // papaparse's messages
  [/^CSV: (.*?)(?: \(at character (\d+)\))?$/s, (message, at) => `CSV: ${message}${at ? ` (bei Zeichen ${at})` : ''}`, [0]],
  [/^Trailing quote on quoted field is malformed$/, () => 'auf das schließende Anführungszeichen eines Feldes folgt noch Text'],
  [/^(\d+) more CSV parse problems not listed$/, (n) => (n === '1' ? '1 weiteres Problem beim Lesen der CSV-Datei ist nicht aufgeführt' : `${n} weitere Probleme beim Lesen der CSV-Datei sind nicht aufgeführt`)],
  [/^a column must be given by its name$/, () => 'eine Spalte ist mit ihrem Namen anzugeben'],
  [/^there is no column "(.*)"$/s, (column) => `es gibt keine Spalte ${quoted(column)}`],
  [/^the CSV has no header row: its first line must name the columns$/, () => 'die CSV-Datei hat keine Kopfzeile: Die erste Zeile muss die Spalten benennen'],
  [
    /^no column was recognised as the start date \(looked for (.*)\); choose the column that holds it$/s,
    (names) => `keine Spalte wurde als Startdatum erkannt (gesucht wurde nach ${names}); wählen Sie die Spalte, die es enthält`,
  ],
  [
    /^the row has (\d+) cells? but the header has (\d+) columns?; the (extra|missing) (cell is|cells are) (?:ignored|read as empty)$/,
    (cells, columns, which, one) => {
      const single = one === 'cell is'
      const rest = which === 'extra' ? (single ? 'die überzählige Zelle wird ignoriert' : 'die überzähligen Zellen werden ignoriert') : single ? 'die fehlende Zelle gilt als leer' : 'die fehlenden Zellen gelten als leer'
      return `die Zeile hat ${count(cells, 'Zelle', 'Zellen')}, die Kopfzeile aber ${count(columns, 'Spalte', 'Spalten')}; ${rest}`
    },
  ],

  // the whole file (src/data/import/index.ts, src/data/parse.ts, src/app/initialData.ts)
  [
    new RegExp(String.raw`^not a format chronomap reads: ${FORMATS}(?: \(the JSON is (an array|null|an? \w+), not an object\))?$`),
    (found) => `kein Format, das chronomap liest: ${FORMATS_DE}${found ? ` (das JSON ist ${aType(found.replace(/^an? /, ''))}, kein Objekt)` : ''}`,
  ],
  [new RegExp(`^the file is empty; ${FORMATS}$`), () => `die Datei ist leer; ${FORMATS_DE}`],
  [/^not valid JSON: (.*)$/s, (why) => `kein gültiges JSON: ${why}`],
  [/^the file could not be imported: (.*)$/s, (why) => `die Datei konnte nicht importiert werden: ${why}`],
  // the inner reason is the loader's (src/i18n/reasons.ts)
  [/^could not fetch (.*?): (.*)$/s, (url, why) => `${url} konnte nicht abgerufen werden: ${why}`, [1]],

  // a field's name before a reason: `column "start": …`, `properties.time: …`, `geometry.coordinates: …`, `start_date: …`
  [/^"(.*)": (.+)$/s, (value, why) => `${quoted(value)}: ${why}`, [1]],
  [new RegExp(`^(${LABEL}): (.+)$`, 's'), (field, why) => `${label(field)}: ${why}`, [1]],
]

/** What a reason went through: the patterns, outermost first, and any piece no pattern (nor the loader's table) knows. */
interface Trace {
  patterns: RegExp[]
  unknown: string[]
}

function german(reason: string, trace?: Trace): string {
  for (const [pattern, rewrite, inner = []] of GERMAN) {
    const match = pattern.exec(reason)
    if (!match) continue
    trace?.patterns.push(pattern)
    const parts = match.slice(1).map((part, i) => (part === undefined ? '' : inner.includes(i) ? german(part, trace) : part))
    return rewrite(...parts)
  }
  const loader = reasonIn('de', reason)
  if (loader === reason) trace?.unknown.push(reason)
  return loader
}

/** A problem's reason in the reader's language, where it is one the loader or an importer gives. */
export function problemReasonIn(lang: Lang, reason: string): string {
  return lang === 'en' ? reason : german(reason)
}

/** The table's patterns: src/i18n/problemReasons.test.ts finds those no reason reaches. */
export const PROBLEM_PATTERNS: readonly RegExp[] = GERMAN.map(([pattern]) => pattern)

/** How a reason is said in German: the patterns it goes through and the pieces left in English. */
export function traceProblemReason(reason: string): Trace {
  const trace: Trace = { patterns: [], unknown: [] }
  german(reason, trace)
  return trace
}
