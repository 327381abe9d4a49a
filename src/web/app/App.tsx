import { Suspense } from 'react';
import { SignInPage } from '../auth/SignInPage';
import { useI18n } from '../i18n/i18n';
import { matchPath, navigate, usePathname } from '../ui/navigation';
import { ErrorBoundary } from './ErrorBoundary';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { routes } from './routes';
import { useSession } from './use-session';

export function App() {
  const { t } = useI18n();
  const path = usePathname();
  const session = useSession();
  const signedIn = session === 'signed-in';

  const matched = routes
    .map((route) => ({ route, params: matchPath(route.pattern, path) }))
    .find((candidate) => candidate.params !== null);

  let content;
  if (matched?.route.public) {
    const Page = matched.route.page;
    content = <Page params={matched.params!} />;
  } else if (session === 'restoring') {
    content = <p role="status">{t('app.loading')}</p>;
  } else if (!signedIn) {
    content = <SignInPage onSignedIn={() => path === '/sign-in' && navigate('/', { replace: true })} />;
  } else if (matched) {
    const Page = matched.route.page;
    content = <Page params={matched.params!} />;
  } else if (path === '/' || path === '/sign-in') {
    content = <HomePage />;
  } else {
    content = <NotFoundPage />;
  }

  return (
    <Layout signedIn={signedIn}>
      <ErrorBoundary
        key={path}
        fallback={() => (
          <section role="alert">
            <h1>{t('app.crashed')}</h1>
            <button type="button" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </button>
          </section>
        )}
      >
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{content}</Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
