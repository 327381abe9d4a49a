import { useI18n } from '../i18n/i18n';

export default function PublicResultsPage(_props: { params: Record<string, string> }) {
  const { t } = useI18n();
  return <h1>{t('app.loading')}</h1>;
}
