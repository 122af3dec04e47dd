// An API error as the visitor reads it: what went wrong in their language, the code, and in
// Chinese the server's own (English) words underneath, marked as English for screen readers.
import type { ApiError } from '../api/request.ts';
import { errorSentence } from '../i18n/errors.ts';
import { useLang } from '../i18n/context.ts';

export function ErrorNotice({ error }: { error: ApiError }) {
  const { lang, t } = useLang();
  const sentence = errorSentence(error.code, error.message, lang);
  return (
    <div className="error" role="alert" data-testid="api-error">
      <strong>{t('errorTitle')}</strong>
      <p data-testid="api-error-message">{sentence}</p>
      {lang === 'zh' && error.message && (
        <p className="server-words">
          {t('errorDetails')}: <span lang="en">{error.message}</span>
        </p>
      )}
      <p>
        {t('errorCode')}: <code data-testid="api-error-code">{error.code}</code>
      </p>
    </div>
  );
}

export function Loading() {
  const { t } = useLang();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
