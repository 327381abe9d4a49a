import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { acceptTokens, sessionEnded, WEB_CLIENT_HEADER, WEB_CLIENT_VALUE } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';

/** Sign-in. The web client header asks the API to keep the refresh token in an httpOnly cookie. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [failure, setFailure] = useState<string | null>(sessionEnded() ? t('auth.sessionEnded') : null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setFailure(null);
    try {
      const { data, error } = await api.POST('/api/v1/auth/login', {
        body: { email, password },
        headers: { [WEB_CLIENT_HEADER]: WEB_CLIENT_VALUE },
      });
      if (data) {
        acceptTokens(data);
        onSignedIn();
        return;
      }
      const answer = asProblem(error);
      setProblem(answer);
      if (!answer.errors?.length) setFailure(answer.detail ?? t('errors.unexpected'));
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  const errors = fieldErrors(problem);
  return (
    <section className="narrow">
      <h1>{t('auth.title')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormError message={failure} />
        <Field
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <Field
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </section>
  );
}
