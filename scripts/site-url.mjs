/**
 * Link previews (Open Graph, Twitter cards) want absolute image URLs, but a static build does not know where it
 * will live. Built with CHRONOMAP_SITE_URL=https://example.org/history/chronomap/, the page head names its
 * address (og:url) and its preview image absolutely; without it they stay relative (docs/deploy.md).
 */

const PREVIEW_META = /(<meta\s+(?:property="og:image"|name="twitter:image")\s+content=")(?:\.\/|\/)?([^"]+)(")/g

/** @param {string} html @param {string} siteUrl */
export function absolutePreviewUrls(html, siteUrl) {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`)
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`CHRONOMAP_SITE_URL must be an http(s) URL: ${siteUrl}`)
  const withImages = html.replace(PREVIEW_META, (_whole, before, path, after) => `${before}${new URL(path, base).href}${after}`)
  return withImages.replace('<meta property="og:type"', `<meta property="og:url" content="${base.href}" />\n    <meta property="og:type"`)
}

/** @param {string | undefined} siteUrl @returns {import('vite').Plugin} */
export function siteUrlPlugin(siteUrl) {
  return {
    name: 'chronomap-site-url',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (siteUrl ? absolutePreviewUrls(html, siteUrl) : html),
    },
  }
}
