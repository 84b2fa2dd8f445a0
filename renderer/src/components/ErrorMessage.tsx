import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';

/** An API error in the user's language: the message, then each offending field by its label. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <p className="error" role="alert">{t('errors.INTERNAL')}</p>;
  const fields = error.fields.map((f) => `${t(`fieldNames.${fieldName(f.path)}`, { defaultValue: fieldName(f.path) })}：${t(f.key)}`);
  const message = error.code === 'VALIDATION' && fields.length ? t('errors.VALIDATION', { fields: fields.join('；') }) : t(error.key, error.params);
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/** Edits send `{id, patch: {...}}`: a field is named the same whether created or edited. */
function fieldName(path: string): string {
  return path.replace(/^patch\./, '');
}

/** The message for one field, for inline display next to its input. */
export function fieldError(error: unknown, path: string, t: (k: string) => string): string | null {
  if (!(error instanceof ApiError)) return null;
  const f = error.fields.find((x) => fieldName(x.path) === path);
  return f ? t(f.key) : null;
}
