// A tiny static web server for a built chronomap (node:http, no dependencies). It serves the folder the way
// docs/deploy.md asks a real host to: under any sub-path, with the recommended security headers, and with long
// caching only for the hashed files in assets/. The deploy test (e2e/deploy.spec.ts) uses it; so can you:
//
//   node scripts/serve-static.mjs [--dir dist] [--base /history/chronomap/] [--port 8080] [--host 127.0.0.1]
//                                 [--frame-ancestors "'self' https://lms.example.edu"]
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentSecurityPolicy as basePolicy } from './csp.mjs'

/** The policy docs/deploy.md recommends, with frame-ancestors (the deployer's choice: see there). */
export function contentSecurityPolicy(frameAncestors = '*') {
  return basePolicy(frameAncestors)
}

export function securityHeaders(frameAncestors) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

function normaliseBase(base) {
  const withSlashes = `/${base}/`.replace(/\/{2,}/g, '/')
  return withSlashes
}

/**
 * Starts the server; resolves once it listens. `port: 0` picks a free port.
 * @param {{ dir?: string, base?: string, port?: number, host?: string, frameAncestors?: string, headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export function startStaticServer(options = {}) {
  const root = resolve(options.dir ?? 'dist')
  const base = normaliseBase(options.base ?? '/')
  const host = options.host ?? '127.0.0.1'
  const headers = { ...securityHeaders(options.frameAncestors), ...options.headers }

  const server = createServer(async (request, response) => {
    const send = (status, body, extra = {}) => {
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra })
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method Not Allowed', { Allow: 'GET, HEAD' })
    const url = new URL(request.url ?? '/', 'http://localhost')
    // the folder without its slash: relative asset URLs only work below the slash, so redirect there
    if (`${url.pathname}/` === base) return send(301, 'Moved', { Location: `${base}${url.search}` })
    if (!url.pathname.startsWith(base)) return send(404, 'Not Found')

    let relative
    try {
      relative = decodeURIComponent(url.pathname.slice(base.length))
    } catch {
      return send(400, 'Bad Request')
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html'
    const file = resolve(root, relative)
    if (file !== root && !file.startsWith(root + sep)) return send(404, 'Not Found')

    let info
    try {
      info = await stat(file)
    } catch {
      return send(404, 'Not Found')
    }
    if (!info.isFile()) return send(404, 'Not Found')

    // hashed file names never change their content; everything else is revalidated
    const immutable = relative.startsWith('assets/')
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (request.method === 'HEAD') return response.end()
    createReadStream(file).pipe(response)
  })

  return new Promise((resolveStart, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      const origin = `http://${host}:${port}`
      resolveStart({
        origin,
        url: `${origin}${base}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

function parseArgs(argv) {
  const args = {}
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '')
    const value = argv[i + 1]
    if (!name || value === undefined) throw new Error(`Missing value for ${argv[i]}`)
    args[name] = value
  }
  return args
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2))
  const server = await startStaticServer({
    dir: args.dir,
    base: args.base,
    port: args.port === undefined ? 8080 : Number(args.port),
    host: args.host,
    frameAncestors: args['frame-ancestors'],
  })
  console.log(`Serving ${resolve(args.dir ?? 'dist')} at ${server.url}`)
}
