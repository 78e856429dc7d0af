// Vite plugin: builds src/app/earlyStart.ts as an entry script of its own and puts it first in index.html.
// The app's main script is about a megabyte: the browser loads and compiles it before any of its code runs. The
// small early script runs meanwhile and starts the first visit's downloads and the loader worker (docs/adr/0009).
// main.tsx imports the same module first (for the dev server, where there is no bundle): a module runs only once.
const NAME = 'early'

export function earlyEntryPlugin(entry = 'src/app/earlyStart.ts') {
  return {
    name: 'chronomap-early-entry',
    apply: 'build',
    config(config) {
      // only the app's own build (the benchmark's naive page and the tests bring their own inputs)
      if (config.build?.rolldownOptions?.input || config.build?.lib) return
      return { build: { rolldownOptions: { input: { index: 'index.html', [NAME]: entry } } } }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((item) => item.type === 'chunk' && item.isEntry && item.name === NAME)
        if (!chunk) return []
        const src = `${context.server ? '/' : './'}${chunk.fileName}`
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' }]
      },
    },
  }
}
