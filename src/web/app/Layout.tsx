import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { forgetTokens } from '../api/session';
import { changeLanguage, useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';

export function Layout({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const { t, language } = useI18n();
  const me = useQuery({
    queryKey: ['me'],
    enabled: signedIn,
    queryFn: async () => (await api.GET('/api/v1/me')).data ?? null,
  });
  // Links to what the account's roles may use; the API decides what it may do.
  const holds = (...roles: string[]) => me.data?.roles.some((held) => roles.includes(held.role)) ?? false;
  const signOut = async () => {
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    forgetTokens();
    navigate('/sign-in');
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top-bar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.name')}>
          {signedIn && <Link href="/judging">{t('nav.myRounds')}</Link>}
          {holds('coach', 'organiser', 'admin') && <Link href="/clubs">{t('nav.myClubs')}</Link>}
          {holds('organiser', 'admin') && <Link href="/events">{t('events.nav')}</Link>}
          {holds('organiser', 'admin') && <Link href="/participants">{t('nav.participants')}</Link>}
          {holds('palace_staff', 'admin') && <Link href="/shortlists">{t('shortlists.nav')}</Link>}
          {holds('viewer', 'organiser', 'admin') && <Link href="/reports">{t('reports.nav')}</Link>}
          {holds('admin') && <Link href="/admin/users">{t('nav.admin')}</Link>}
          {signedIn && me.data && (
            <span className="who">{t('nav.signedInAs', { name: me.data.fullName })}</span>
          )}
          {signedIn && (
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          )}
          <label className="language">
            <span className="visually-hidden">{t('app.language')}</span>
            <select
              value={language}
              onChange={(event) => changeLanguage(event.target.value === 'en' ? 'en' : 'vi')}
            >
              <option value="vi">{t('app.languageVi')}</option>
              <option value="en">{t('app.languageEn')}</option>
            </select>
          </label>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
