/** Rules for datasets named by a URL (?data=): where from, how big, how long. */

export const MAX_DATA_BYTES = 100 * 1024 * 1024
export const DATA_TIMEOUT_MS = 30_000

/**
 * Same-origin (including relative paths) or https only; never credentials in the address,
 * never javascript:, data:, blob: or plain http to another host.
 */
export function checkDataUrl(text: string, pageOrigin: string): { url: URL } | { error: string } {
  let url: URL
  try {
    url = new URL(text, pageOrigin)
  } catch {
    return { error: 'not a valid address' }
  }
  if (url.username || url.password) return { error: 'addresses with a user name or password are not loaded' }
  // a blob: address has its creator's origin, so it would pass as this site's own file: only http(s) is a file here
  if (url.origin === pageOrigin && (url.protocol === 'http:' || url.protocol === 'https:')) return { url }
  if (url.protocol !== 'https:') return { error: 'only https addresses (or files on this site) are loaded' }
  return { url }
}

function tooLarge(maxBytes: number): Error {
  return new Error(`the file is larger than ${Math.round(maxBytes / 1048576)} MB`)
}

/**
 * The pieces of a download as they arrive, for a reader that may come late (the loader worker's entry starts the
 * download before the loader has loaded): `follow` hands it those already there, then each new one.
 */
export class ChunkFeed {
  private readonly chunks: Uint8Array[] = []
  private listener: ((chunk: Uint8Array) => void) | null = null

  add(chunk: Uint8Array): void {
    this.chunks.push(chunk)
    this.listener?.(chunk)
  }

  follow(listener: (chunk: Uint8Array) => void): void {
    for (const chunk of this.chunks) listener(chunk)
    this.listener = listener
  }
}

/**
 * Reads a response body as its pieces, as they came, giving up past maxBytes; each piece also goes to `feed` as it
 * arrives. The pieces are not joined: a native file streamed from the feed never needs them as one array (54 MB at
 * 100,000 events, and ~0.1 s of the loader worker to copy), only a file read the usual way does (joinBytes).
 */
export async function readCappedChunks(response: Response, maxBytes: number, onProgress?: (fraction: number) => void, feed?: ChunkFeed): Promise<Uint8Array[]> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes)
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer())
    if (all.byteLength > maxBytes) throw tooLarge(maxBytes)
    feed?.add(all)
    return [all]
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
    feed?.add(value)
    if (Number.isFinite(declared) && declared > 0) onProgress?.(received / declared)
  }
  return chunks
}

/** The pieces as one array (a single piece as it is, no copy). */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    all.set(chunk, at)
    at += chunk.byteLength
  }
  return all
}

/** Reads a response body as bytes, giving up past maxBytes (readCappedChunks, joined). */
export async function readCappedBytes(response: Response, maxBytes: number, onProgress?: (fraction: number) => void, feed?: ChunkFeed): Promise<Uint8Array> {
  return joinBytes(await readCappedChunks(response, maxBytes, onProgress, feed))
}

/**
 * Fetches a dataset, as the pieces it came in: no credentials, a size cap and a timeout; throws with a readable reason. Run by the loader
 * worker (loader.worker.ts), which reads a native file piece by piece from `feed` as it arrives (streamLoad.ts)
 * and any other once all its bytes are there.
 */
export async function fetchDatasetBytes(url: URL, options: { signal?: AbortSignal; onProgress?: (fraction: number) => void; feed?: ChunkFeed } = {}): Promise<Uint8Array[]> {
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, { credentials: 'omit', signal, referrerPolicy: 'no-referrer' })
  } catch (error) {
    if (timeout.aborted) throw new Error(`no answer within ${DATA_TIMEOUT_MS / 1000} s`, { cause: error })
    throw new Error(`could not be fetched (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`)
  return readCappedChunks(response, MAX_DATA_BYTES, options.onProgress, options.feed)
}
