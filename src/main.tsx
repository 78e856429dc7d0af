// first: starts the data and basemap downloads before the rest of the app's modules run (in a build, the same module
// is also an entry script of its own that runs even earlier: scripts/early-entry.mjs)
import './app/earlyStart'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initFromUrl, loadFirstDataset, startUrlSync } from './app/bootstrap'
import { useAppStore } from './store/appStore'
import { installAutomation } from './app/automation'
import { registerServiceWorker } from './app/serviceWorker'
// after App: vis-timeline's and Leaflet's CSS come in with their components; ours overrides them
import './index.css'

const url = initFromUrl()
document.documentElement.lang = useAppStore.getState().lang
startUrlSync()
installAutomation(window)
void loadFirstDataset(url)
registerServiceWorker()

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
