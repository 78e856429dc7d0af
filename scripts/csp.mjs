// The one Content Security Policy: `vite preview` sends it (vite.config.ts), scripts/serve-static.mjs sends it
// with frame-ancestors, and docs/deploy.md and docs/security.md explain each directive.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/** The policy as a header value; frame-ancestors only when given (it is the deployer's choice). */
export function contentSecurityPolicy(frameAncestors) {
  return [...CSP_DIRECTIVES, ...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : [])].join('; ')
}
