import { useState } from 'react'
import type { LoadProblem } from '../data/model'
import { useAppStore } from '../store/appStore'
import { useProblemReason } from '../i18n/useProblemReason'
import { useLang, useT } from '../i18n/useT'
import { downloadText } from './import/download'
import { SHOWN_PROBLEMS } from './import/helpers'

function ProblemLine({ problem, reason }: { problem: LoadProblem; reason: (reason: string) => string }) {
  const t = useT()
  const where =
    problem.record === undefined
      ? t('problems.dataset')
      : t('problems.record', { section: t(`problems.section.${problem.section}`), record: problem.record })
  return (
    <li className={`problem problem-${problem.severity}`} data-record={problem.record} data-field={problem.field}>
      <strong>{where}</strong>
      {problem.id !== undefined && <code className="problem-id">{problem.id}</code>}
      <span className="problem-field">{problem.field}</span>
      <span className="problem-reason">{reason(problem.reason)}</span>
    </li>
  )
}

/**
 * What went wrong while loading: each rejected record with its position, field and reason; past SHOWN_PROBLEMS
 * lines, the rest in a downloadable report (CSV) only.
 */
export function LoadProblems() {
  const t = useT()
  const lang = useLang()
  const problems = useAppStore((s) => s.problems)
  const loadStatus = useAppStore((s) => s.loadStatus)
  const [dismissed, setDismissed] = useState<LoadProblem[] | null>(null)
  const reason = useProblemReason()
  if (problems.length === 0 || dismissed === problems || !reason) return null
  const download = (all: readonly LoadProblem[]) => {
    void import('./import/reportCsv').then(({ reportCsv }) => downloadText('chronomap-problems.csv', reportCsv(all, lang), 'text/csv;charset=utf-8'))
  }
  const errors = problems.filter((p) => p.severity === 'error')
  const rejected = new Set(errors.filter((p) => p.record !== undefined).map((p) => `${p.section}:${p.record}`)).size
  const heading =
    loadStatus === 'error'
      ? t('app.loadFailed')
      : rejected > 0
        ? t('problems.heading', { n: rejected })
        : t('problems.warnings', { n: problems.length })
  return (
    <div className={`load-problems ${loadStatus === 'error' ? 'is-fatal' : ''}`} role="alert" data-testid="load-problems">
      <p className="load-problems-heading">{heading}</p>
      <details open={loadStatus === 'error' || problems.length <= 5}>
        <summary>{t('problems.show')}</summary>
        <ul>
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            <ProblemLine key={i} problem={problem} reason={reason} />
          ))}
        </ul>
        {problems.length > SHOWN_PROBLEMS && (
          <p className="load-problems-more" data-testid="load-problems-more">
            {t('import.report.more', { n: problems.length - SHOWN_PROBLEMS })}{' '}
            <button type="button" data-testid="load-problems-download" onClick={() => download(problems)}>
              {t('import.report.download')}
            </button>
          </p>
        )}
      </details>
      {loadStatus !== 'error' && (
        <button type="button" onClick={() => setDismissed(problems)}>
          {t('problems.dismiss')}
        </button>
      )}
    </div>
  )
}

/** Problems with the link the page was opened with (unknown event, unreadable window). */
export function UrlNotices() {
  const t = useT()
  const notices = useAppStore((s) => s.notices)
  const dismissNotices = useAppStore((s) => s.dismissNotices)
  if (notices.length === 0) return null
  return (
    <div className="load-problems" role="alert" data-testid="url-notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{t(notice.key, notice.params)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        {t('problems.dismiss')}
      </button>
    </div>
  )
}
