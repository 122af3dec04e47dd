// The labelled fields of the proposal forms: a text (or longer text) field, and the reason every
// change needs, which says so when it is left empty.
import { useId } from 'react';
import { useLang } from '../i18n/context.ts';

export function Field(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  lang?: string;
  multiline?: boolean;
  required?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  const common = {
    id,
    value: props.value,
    lang: props.lang,
    required: props.required,
    'aria-describedby': props.describedBy,
  };
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => props.onChange(e.target.value)} />
      )}
    </>
  );
}

export function ReasonField({
  value,
  onChange,
  missing,
}: {
  value: string;
  onChange(v: string): void;
  missing: boolean;
}) {
  const { t } = useLang();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('reason')}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        required
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {missing && (
        <p id={`${id}-missing`} className="field-error" role="alert">
          {t('reasonMissing')}
        </p>
      )}
    </>
  );
}
