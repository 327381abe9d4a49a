import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** The way back to a shortlist version, above each page about it. */
export function BackToRun({ run }: { run: { id: number; lineageId: number; lineageVersion: number } }) {
  const { t } = useI18n();
  return (
    <p>
      <Link href={`/shortlists/${run.id}`}>
        {t('shortlists.runName', { id: run.lineageId, version: run.lineageVersion })}
      </Link>
    </p>
  );
}
