import { describe, expect, it } from 'vitest'
import { checkDataUrl, joinBytes, readCappedBytes, readCappedChunks } from './remote'

const PAGE = 'https://chronomap.example'

describe('checkDataUrl', () => {
  it("takes this site's own files, relative or absolute, and https addresses elsewhere", () => {
    expect(checkDataUrl('data/events.json', PAGE)).toEqual({ url: new URL('https://chronomap.example/data/events.json') })
    expect(checkDataUrl('https://chronomap.example/x.json', PAGE)).toEqual({ url: new URL('https://chronomap.example/x.json') })
    expect(checkDataUrl('https://data.example.org/x.json', PAGE)).toEqual({ url: new URL('https://data.example.org/x.json') })
    // a site served over plain http loads its own files over plain http
    expect(checkDataUrl('/x.json', 'http://127.0.0.1:4173')).toEqual({ url: new URL('http://127.0.0.1:4173/x.json') })
  })

  it('refuses plain http to another host, credentials, and addresses that are no file on a server', () => {
    expect(checkDataUrl('http://data.example.org/x.json', PAGE)).toEqual({ error: 'only https addresses (or files on this site) are loaded' })
    expect(checkDataUrl('https://user:secret@data.example.org/x.json', PAGE)).toEqual({ error: 'addresses with a user name or password are not loaded' })
    for (const address of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://data.example.org/x.json']) {
      expect(checkDataUrl(address, PAGE)).toEqual({ error: 'only https addresses (or files on this site) are loaded' })
    }
    expect(checkDataUrl('http://[::1', PAGE)).toEqual({ error: 'not a valid address' })
  })

  it("refuses a blob: address, though it carries this site's origin", () => {
    const blob = `blob:${PAGE}/6f1c7a52-0d52-4b7e-9d7e-2f0a1c3b4d5e`
    expect(new URL(blob).origin).toBe(PAGE)
    expect(checkDataUrl(blob, PAGE)).toEqual({ error: 'only https addresses (or files on this site) are loaded' })
  })
})

describe('readCappedBytes', () => {
  const body = (chunks: number[]) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(65))
          controller.close()
        },
      }),
    )

  it('reads a body chunk by chunk, reporting progress against the declared length', async () => {
    const progress: number[] = []
    const response = body([3, 4, 3])
    response.headers.set('content-length', '10')
    const bytes = await readCappedBytes(response, 100, (fraction) => progress.push(fraction))
    expect(bytes.length).toBe(10)
    expect(progress).toEqual([0.3, 0.7, 1])
  })

  it('can give the pieces as they came, unjoined, and joinBytes puts them together in order', async () => {
    const pieces = await readCappedChunks(body([3, 4, 3]), 100)
    expect(pieces.map((piece) => piece.length)).toEqual([3, 4, 3])
    expect(joinBytes([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])])).toEqual(new Uint8Array([1, 2, 3]))
    await expect(readCappedChunks(body([6, 6]), 10)).rejects.toThrow('the file is larger than 0 MB')
  })

  it('gives up past the cap, declared or not', async () => {
    await expect(readCappedBytes(body([6, 6]), 10)).rejects.toThrow('the file is larger than 0 MB')
    const declared = new Response('x', { headers: { 'content-length': String(200 * 1048576) } })
    await expect(readCappedBytes(declared, 100 * 1048576)).rejects.toThrow('the file is larger than 100 MB')
  })
})
