import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reasonIn } from './reasons'
import { translate } from './index'
import { checkDataUrl, DATA_TIMEOUT_MS, fetchDatasetBytes, readCappedBytes } from '../data/remote'
import { runLoad } from '../data/worker/runLoad'
import type { LoaderMessage } from '../data/worker/protocol'

/** The reason a promise is rejected with, as the page shows it. */
async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('expected a failure')
}

/** Every reason the loader gives for a link or a file it cannot load, made by the code that gives it. */
async function loaderReasons(): Promise<string[]> {
  const page = 'https://chronomap.example'
  const refused = ['http://[::1', 'https://user:pw@data.example.org/x.json', 'http://data.example.org/x.json'].map((text) => {
    const checked = checkDataUrl(text, page)
    if (!('error' in checked)) throw new Error(`${text} passed`)
    return checked.error
  })
  const tooLarge = await reasonOf(readCappedBytes(new Response('x', { headers: { 'content-length': String(200 * 1048576) } }), 100 * 1048576))
  const url = new URL('https://data.example.org/x.json')
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('missing', { status: 404 })))
  const http = await reasonOf(fetchDatasetBytes(url))
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  const network = await reasonOf(fetchDatasetBytes(url))
  const messages: LoaderMessage[] = []
  await runLoad({ type: 'load', id: 1, source: { kind: 'stored', id: 'no-such-dataset' } }, (message) => void messages.push(message))
  const failure = messages.find((message) => message.type === 'failure')
  return [...refused, tooLarge, http, network, failure?.type === 'failure' ? failure.reason : 'no failure']
}

describe('reasonIn', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('says in German every reason the loader gives, and leaves English as it is', async () => {
    const reasons = await loaderReasons()
    expect(reasons).toContain('the server answered HTTP 404')
    for (const reason of reasons) {
      expect(reasonIn('en', reason)).toBe(reason)
      const german = reasonIn('de', reason)
      expect(german, reason).not.toBe(reason)
      // the numbers are kept
      for (const number of reason.match(/\d+/g) ?? []) expect(german).toContain(number)
    }
    expect(reasons).toHaveLength(7)
    expect(reasonIn('de', 'the server answered HTTP 404')).toBe('der Server antwortete mit HTTP 404')
    // made where they cannot be caused here: after 30 s (remote.ts), and by the worker and the page's loader
    expect(reasonIn('de', `no answer within ${DATA_TIMEOUT_MS / 1000} s`)).toBe('keine Antwort innerhalb von 30 s')
    expect(reasonIn('de', 'the loader could not be loaded (x)')).toBe('das Ladeprogramm konnte nicht geladen werden (x)')
    expect(reasonIn('de', 'the load was interrupted because another one was cancelled; please try again')).toMatch(/^das Laden wurde unterbrochen/)
    expect(reasonIn('de', 'could not be fetched (Failed to fetch)')).toBe('konnte nicht abgerufen werden (Failed to fetch)')
  })

  it('leaves a reason it does not know as it is', () => {
    expect(reasonIn('de', 'NetworkError when attempting to fetch resource.')).toBe('NetworkError when attempting to fetch resource.')
  })

  it("is how a message's {reason} reads in German", () => {
    expect(translate('de', 'data.linkFailed', { url: 'https://x.example/d.json', reason: 'the server answered HTTP 500' })).toBe(
      'Der Datensatz aus dem Link konnte nicht geladen werden: https://x.example/d.json – der Server antwortete mit HTTP 500.',
    )
    expect(translate('en', 'data.linkFailed', { url: 'https://x.example/d.json', reason: 'the server answered HTTP 500' })).toContain('the server answered HTTP 500')
  })
})
