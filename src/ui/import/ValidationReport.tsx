import { useId } from 'react'
import type { LoadProblem } from '../../data/model'
import type { LoadOutcome } from '../../data/pipeline'
import { summarise } from '../../data/summary'
import { useProblemReason } from '../../i18n/useProblemReason'
import { useLang, useT } from '../../i18n/useT'
import { downloadText } from './download'
import { SHOWN_PROBLEMS as SHOWN, splitProblems } from './helpers'

function ProblemItem({ problem, reason }: { problem: LoadProblem; reason: (reason: string) => string }) {
  const t = useT()
  const where =
    problem.record === undefined || problem.section === 'dataset'
      ? t('import.report.file')
      : t(`import.report.where.${problem.section}`, { record: problem.record })
  return (
    <li
      className={`import-problem is-${problem.severity}`}
      data-severity={problem.severity}
      data-section={problem.section}
      data-record={problem.record}
      data-field={problem.field}
    >
      <span className="import-problem-where">{where}</span>
      {problem.id !== undefined && <code className="import-problem-id">{problem.id}</code>}
      <code className="import-problem-field">{problem.field}</code>
      <span className="import-problem-reason">{reason(problem.reason)}</span>
    </li>
  )
}

function ProblemList({ problems, heading, testId }: { problems: LoadProblem[]; heading: string; testId: string }) {
  const t = useT()
  const id = useId()
  const reason = useProblemReason()
  if (problems.length === 0 || !reason) return null
  return (
    <section className="import-problems" aria-labelledby={id} data-testid={testId}>
      <h4 id={id}>{heading}</h4>
      <ul>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <ProblemItem key={i} problem={problem} reason={reason} />
        ))}
      </ul>
      {problems.length > SHOWN && <p className="import-more">{t('import.report.more', { n: problems.length - SHOWN })}</p>}
    </section>
  )
}

/**
 * What the import found: format, "n imported, m rejected", how many have no place, and
 * every rejection with its record, field and reason (warnings apart). Downloadable as CSV.
 */
export function ValidationReport({ outcome, name, summaryId }: { outcome: LoadOutcome; name: string; summaryId?: string }) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const { imported, rejected, withoutPlace } = summarise(outcome)
  const { errors, warnings } = splitProblems(outcome.problems)
  const download = () => {
    void import('./reportCsv').then(({ reportCsv }) => downloadText(`${name || 'chronomap'}-report.csv`, reportCsv(outcome.problems, lang), 'text/csv;charset=utf-8'))
  }
  return (
    <section className="import-report" data-testid="import-report" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.report.heading')}</h3>
      <p className="import-format" data-testid="import-format" data-format={outcome.format ?? 'unknown'}>
        {t('import.format', { format: t(`import.format.${outcome.format ?? 'unknown'}`) })}
      </p>
      <p id={summaryId} className="import-summary" data-testid="import-summary" data-imported={imported} data-rejected={rejected}>
        {t('import.summary', { imported, rejected })}
      </p>
      {withoutPlace > 0 && (
        <p className="import-no-place" data-testid="import-no-place" data-count={withoutPlace}>
          {t('import.noPlace', { n: withoutPlace })}
        </p>
      )}
      {!outcome.dataset && (
        <p className="import-nothing" data-testid="import-nothing" role="alert">
          {t('import.nothing')}
        </p>
      )}
      {outcome.problems.length === 0 ? (
        <p className="import-clean">{t('import.report.none')}</p>
      ) : (
        <>
          <ProblemList problems={errors} heading={t('import.report.errors', { n: errors.length })} testId="import-errors" />
          <ProblemList problems={warnings} heading={t('import.report.warnings', { n: warnings.length })} testId="import-warnings" />
          <button type="button" className="import-secondary" data-testid="import-report-download" onClick={download}>
            {t('import.report.download')}
          </button>
        </>
      )}
    </section>
  )
}
