// The CSV fields on their own (no papaparse): the mapping editor in the first script needs them.
export const CSV_FIELDS = ['id', 'title', 'start', 'end', 'lat', 'lon', 'place', 'category', 'description', 'source', 'tags'] as const
export type CsvField = (typeof CSV_FIELDS)[number]
/** Which column (by its name in `columns`) feeds which event field. */
export type CsvMapping = Partial<Record<CsvField, string>>
