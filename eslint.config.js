import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const restrict = (patterns) => ['error', { patterns }]

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // page code passed to page.evaluate runs in the browser
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Data from files and users never reaches the DOM as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes with textContent instead.' },
        { property: 'outerHTML', message: 'Build DOM nodes with textContent instead.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes with textContent instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from data.' },
      ],
    },
  },
  // Folder boundaries: leaflet only in src/map, vis-* only in src/timeline, no React/DOM in src/data.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'], message: 'Leaflet lives in src/map.' },
        { group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*', 'moment', 'moment/*'], message: 'vis-timeline lives in src/timeline.' },
      ]),
    },
  },
  {
    files: ['src/map/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'vis-timeline lives in src/timeline.' },
      ]),
    },
  },
  {
    files: ['src/timeline/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'], message: 'Leaflet lives in src/map.' },
      ]),
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/lib/**/*.ts', 'src/store/selectors.ts', 'src/store/url.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-dom', 'react/*', 'leaflet', 'react-leaflet', 'vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'Pure modules: no React, no widgets.' },
      ]),
    },
  },
)
