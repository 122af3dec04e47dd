// The header's sign-in: a key pasted into a dialog is checked with Query.me before it is kept
// (session.ts), so a wrong key is refused there, in the page's language, with what to do next.
// Signed in, the header names the key and its role, with a button to sign out.
import { useState, type FormEvent } from 'react';
import { MeDocument } from '../generated/graphql.ts';
import { ApiError, request } from '../api/request.ts';
import { setSessionKey, useSessionKey } from '../api/session.ts';
import { useLang } from '../i18n/context.ts';
import { errorSentence } from '../i18n/errors.ts';
import { Dialog } from '../components/Dialog.tsx';
import { ROLE_LABEL, usePrincipal } from './principal.ts';

export function SignIn({ failure }: { failure: ApiError | null }) {
  const { lang, t } = useLang();
  const key = useSessionKey();
  const principal = usePrincipal();
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  return (
    <div className="sign-in" data-testid="sign-in">
      {key === null ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('signIn')}
        </button>
      ) : (
        <>
          {principal && (
            <span className="who" data-testid="signed-in-as">
              {t('signedInAs', { name: principal.name, role: t(ROLE_LABEL[principal.role]) })}
            </span>
          )}
          {failure && (
            <span className="who error-text" role="alert" data-testid="session-error">
              {errorSentence(failure.code, failure.message, lang)}
            </span>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSessionKey(null);
              setSaid(t('signedOut'));
            }}
          >
            {t('signOut')}
          </button>
        </>
      )}
      <span className="visually-hidden" role="status">
        {said}
      </span>
      {open && (
        <SignInDialog
          onClose={() => setOpen(false)}
          onSignedIn={(name) => {
            setOpen(false);
            setSaid(name);
          }}
        />
      )}
    </div>
  );
}

function SignInDialog({
  onClose,
  onSignedIn,
}: {
  onClose(): void;
  onSignedIn(said: string): void;
}) {
  const { t } = useLang();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const given = key.trim();
    if (!given) return setError(t('signInRejected'));
    setBusy(true);
    setError(null);
    try {
      const { me } = await request(MeDocument, {}, undefined, given);
      if (!me) throw new ApiError('no principal', 'UNAUTHENTICATED');
      setSessionKey(given);
      onSignedIn(t('signedInAs', { name: me.name, role: t(ROLE_LABEL[me.role]) }));
    } catch (e) {
      const code = e instanceof ApiError ? e.code : 'UNKNOWN';
      setError(
        code === 'UNAUTHENTICATED'
          ? t('signInRejected')
          : code === 'TOO_MANY_REQUESTS'
            ? t('signInTooMany')
            : String((e as Error).message),
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog title={t('signInTitle')} onClose={onClose} testId="sign-in-dialog">
      <form onSubmit={(e) => void submit(e)} className="stacked">
        <label htmlFor="api-key">{t('signInKey')}</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-describedby="api-key-help"
          aria-invalid={error ? true : undefined}
          autoFocus
        />
        <p id="api-key-help" className="hint">
          {t('signInHelp')}
        </p>
        <div role="alert" data-testid="sign-in-error" className="error-text">
          {error}
        </div>
        <p role="status">{busy ? t('signInChecking') : ''}</p>
        <button type="submit" disabled={busy}>
          {t('signInSubmit')}
        </button>
      </form>
    </Dialog>
  );
}
