import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** The administrator's sections. */
export function AdminNav() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('admin.title')} className="sub-nav">
      <Link href="/admin/users">{t('admin.users')}</Link>
      <Link href="/admin/organisations">{t('admin.organisations')}</Link>
      <Link href="/admin/localities">{t('admin.localities')}</Link>
      <Link href="/admin/audit">{t('admin.audit')}</Link>
      <Link href="/admin/queues">{t('queues.title')}</Link>
    </nav>
  );
}
