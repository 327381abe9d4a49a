import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <Link href="/">{t('app.backHome')}</Link>
    </section>
  );
}
