import './import.css'
import { DatasetSwitcher } from './DatasetSwitcher'
import { ExportMenu } from './ExportMenu'
import { ImportButton } from './ImportDialog'

/** The header's data controls: which dataset, import another, export what is shown. */
export function DatasetControls() {
  return (
    <div className="dataset-controls">
      <DatasetSwitcher />
      <ImportButton />
      <ExportMenu />
    </div>
  )
}
