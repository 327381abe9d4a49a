import { useI18n } from '../i18n/i18n';
import type { Run } from './data';

/**
 * A build's progress as the API reports it (0–100 and the phase), announced politely as it moves; a build
 * still queued says it waits its turn.
 */
export function ProgressBar({ run }: { run: Run }) {
  const { t } = useI18n();
  const phase = run.phase ? t(`shortlists.phase_${run.phase}`, { defaultValue: run.phase }) : '';
  return (
    <div className="build-progress" role="status" aria-live="polite">
      <label htmlFor={`progress-${run.id}`}>
        {run.state === 'pending'
          ? t('shortlists.waiting')
          : `${t('shortlists.building', { progress: run.progress })} ${phase && `· ${phase}`}`}
      </label>
      <progress id={`progress-${run.id}`} max={100} value={run.progress} />
    </div>
  );
}
