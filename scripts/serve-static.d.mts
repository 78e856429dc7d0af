export interface StaticServerOptions {
  /** the built folder; default dist */
  dir?: string
  /** the sub-path the app lives under, e.g. /history/chronomap/; default / */
  base?: string
  /** 0 picks a free port */
  port?: number
  host?: string
  /** the CSP's frame-ancestors sources; default * */
  frameAncestors?: string
  /** more response headers, or replacements for the default ones */
  headers?: Record<string, string>
}

export interface StaticServer {
  /** the app's address, with the base path */
  url: string
  origin: string
  close(): Promise<void>
}

export function contentSecurityPolicy(frameAncestors?: string): string
export function securityHeaders(frameAncestors?: string): Record<string, string>
export function startStaticServer(options?: StaticServerOptions): Promise<StaticServer>
