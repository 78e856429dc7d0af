import { useId } from 'react'
import type { CsvInfo } from '../../data/import'
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../data/import/csvFields'
import { useT } from '../../i18n/useT'
import { mappingWith } from './helpers'

/** Which CSV column feeds which event field; a change reads the file again with the new mapping. */
export function CsvMappingEditor({ csv, onChange }: { csv: CsvInfo; onChange: (mapping: CsvMapping) => void }) {
  const t = useT()
  const id = useId()
  const change = (field: CsvField, column: string) => onChange(mappingWith(csv.mapping, field, column))
  return (
    <section className="csv-mapping" data-testid="csv-mapping" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('import.csv.heading')}</h3>
      <p className="import-hint" id={`${id}-hint`}>
        {t('import.csv.hint')}
      </p>
      <div className="csv-mapping-grid">
        {CSV_FIELDS.map((field) => (
          <label key={field} className="csv-mapping-row" htmlFor={`${id}-${field}`}>
            <span className="csv-mapping-field">{t(`import.csv.field.${field}`)}</span>
            <select
              id={`${id}-${field}`}
              data-testid={`csv-map-${field}`}
              data-field={field}
              value={csv.mapping[field] ?? ''}
              aria-describedby={`${id}-hint`}
              onChange={(e) => change(field, e.target.value)}
            >
              <option value="">{t('import.csv.none')}</option>
              {csv.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="csv-unmapped" data-testid="csv-unmapped">
        {csv.unmapped.length > 0 ? t('import.csv.unmapped', { columns: csv.unmapped.join(', ') }) : t('import.csv.allMapped')}
      </p>
    </section>
  )
}
