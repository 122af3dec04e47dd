// An API error as the API gave it: its message and its code, never a blank screen.
import type { ApiError } from '../api/request.ts';
import { useLang } from '../i18n/context.ts';

export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useLang();
  return (
    <div className="error" role="alert" data-testid="api-error">
      <strong>{t('errorTitle')}</strong>
      <p>{error.message}</p>
      <p>
        {t('errorCode')}: <code data-testid="api-error-code">{error.code}</code>
      </p>
    </div>
  );
}

export function Loading() {
  const { t } = useLang();
  return (
    <p className="loading" aria-live="polite">
      {t('loading')}
    </p>
  );
}
