import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

/** Shows the most recent long-running task's progress pushed by the main process. */
export function ProgressBar() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  useEffect(
    () =>
      api.on('progress', (p) => {
        setProgress(p.done >= p.total ? null : p);
      }),
    [],
  );
  if (!progress) return null;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
      <span>{t(progress.label)}</span>
      <progress max={progress.total} value={progress.done} />
    </div>
  );
}
