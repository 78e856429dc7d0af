// Builds the benchmark's naive baseline page (bench/naive.html); not part of the app.
import { defineConfig } from 'vite'

export default defineConfig({
  root: 'bench',
  base: './',
  logLevel: 'error',
  build: {
    outDir: '../dist-bench/app/naive',
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: { input: 'bench/naive.html' },
  },
})
