/** True for absolute http: and https: addresses only — never javascript:, data:, or relative links. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The host to show beside a link ("www.kyivpost.com"), or null when the address is not http(s). */
export function linkHost(text: string): string | null {
  return isHttpUrl(text) ? new URL(text).hostname : null
}
