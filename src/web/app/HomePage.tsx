import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

export function HomePage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('app.name')}</h1>
      <p>
        <Link href="/judging">{t('nav.myRounds')}</Link>
      </p>
    </section>
  );
}
