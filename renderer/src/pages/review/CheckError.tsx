import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The engine is missing on this machine: checks cannot run (reading reports still works). */
export const isEngineMissing = (err: unknown) => err instanceof ApiError && err.key === 'review.rule.engineUnavailable';

/** A failed check: the missing engine said plainly, anything else as the service put it. */
export function CheckError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isEngineMissing(error))
    return (
      <p className="error" role="alert">
        {t('ui.review.report.engineMissing')}
      </p>
    );
  return <ErrorMessage error={error} />;
}
