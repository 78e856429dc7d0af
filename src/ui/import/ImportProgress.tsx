import type { LoadStage } from '../../data/pipeline'
import { useT } from '../../i18n/useT'

/**
 * A labelled progress bar: which stage, how far. Until a stage reports a fraction (the
 * worker reports none while it reads or converts), the bar is indeterminate: no number.
 */
export function ImportProgress({ stage, percent, testId = 'import-progress' }: { stage: LoadStage | null; percent: number; testId?: string }) {
  const t = useT()
  const label = t(`import.stage.${stage ?? 'read'}`)
  const indeterminate = percent === 0
  const text = indeterminate ? label : t('import.progress', { stage: label, percent })
  return (
    <div className="import-progress">
      <div
        className={`import-progress-bar${indeterminate ? ' is-indeterminate' : ''}`}
        role="progressbar"
        data-testid={testId}
        data-stage={stage ?? 'read'}
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={indeterminate ? undefined : percent}
        aria-valuetext={text}
      >
        <span className="import-progress-fill" style={indeterminate ? undefined : { width: `${percent}%` }} />
      </div>
      <p className="import-progress-text" aria-hidden="true">
        {text}
      </p>
    </div>
  )
}
