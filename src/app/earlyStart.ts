/**
 * main.tsx's first import: ES modules run in import order, so the first visit's data (the ?data= file in the
 * loader worker, or the default dataset) starts downloading before React, Leaflet and vis-timeline have run
 * their modules, instead of after.
 */
import { startInitialData } from './datasets'
import { prefetchCountries } from '../map/countries'

startInitialData()
prefetchCountries()
