/**
 * The first of index.html's two entry scripts, small on purpose: it runs while the app's main script is still
 * loading and compiling, and starts the first visit's data (the ?data= file in the loader worker, or the default
 * dataset) and the basemap's outlines. The worker starts while the page's thread is still free (docs/adr/0009).
 */
import { startInitialData } from './initialData'
import { prefetchCountries } from '../map/countries'

startInitialData()
prefetchCountries()
