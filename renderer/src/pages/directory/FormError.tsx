import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { issueMessage, pathLabel } from './issue-labels';

/**
 * A failed call's message under a directory form. Problems the form shows beside their fields
 * (`inline`) are not repeated; the rest are named with the form's own labels (never a raw path
 * such as `resourceId`).
 */
export function FormError({ error, inline }: { error: unknown; inline: readonly string[] }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION' || error.fields.length === 0) return <ErrorMessage error={error} />;
  const rest = error.fields.filter((f) => !inline.includes(f.path.replace(/^input\./, '')));
  if (rest.length === 0) return null;
  return (
    <p className="error" role="alert">
      {rest.map((f) => `${pathLabel(f.path.replace(/^input\./, ''), t)}：${issueMessage({ path: f.path, key: f.key }, t)}`).join('；')}
    </p>
  );
}
