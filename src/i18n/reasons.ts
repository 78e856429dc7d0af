/**
 * Why a dataset could not be loaded, as the loader says it (src/data/remote.ts, the loader worker, the page's
 * loader): in English, because it travels as an Error's message from the worker and into logs. A `{reason}` in a
 * German message is read through this table; a reason it does not know (a browser's own network error text, say)
 * stays as it is. src/i18n/reasons.test.ts holds each entry against the message the code really makes.
 */
import type { Lang } from './index'

type Rewrite = [pattern: RegExp, german: (...parts: string[]) => string]

const GERMAN: readonly Rewrite[] = [
  [/^not a valid address$/, () => 'keine gültige Adresse'],
  [/^addresses with a user name or password are not loaded$/, () => 'Adressen mit Benutzername oder Passwort werden nicht geladen'],
  [/^only https addresses \(or files on this site\) are loaded$/, () => 'nur https-Adressen (oder Dateien dieser Website) werden geladen'],
  [/^the file is larger than (\d+) MB$/, (mb) => `die Datei ist größer als ${mb} MB`],
  [/^no answer within (\d+) s$/, (seconds) => `keine Antwort innerhalb von ${seconds} s`],
  [/^could not be fetched \((.*)\)$/s, (why) => `konnte nicht abgerufen werden (${why})`],
  [/^the server answered HTTP (\d+)$/, (status) => `der Server antwortete mit HTTP ${status}`],
  [/^the stored dataset is gone or unreadable$/, () => 'der gespeicherte Datensatz fehlt oder ist nicht lesbar'],
  [/^the loader could not be loaded \((.*)\)$/s, (why) => `das Ladeprogramm konnte nicht geladen werden (${why})`],
  [
    /^the load was interrupted because another one was cancelled; please try again$/,
    () => 'das Laden wurde unterbrochen, weil ein anderer Ladevorgang abgebrochen wurde; bitte erneut versuchen',
  ],
]

/** A loader's reason in the reader's language, where it is one the loader gives. */
export function reasonIn(lang: Lang, reason: string): string {
  if (lang === 'en') return reason
  for (const [pattern, german] of GERMAN) {
    const match = pattern.exec(reason)
    if (match) return german(...match.slice(1))
  }
  return reason
}
