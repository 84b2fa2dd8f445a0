import { useState, type FormEvent } from 'react';

/**
 * A form's submit: prevents the page reload, shows busy state, keeps the API error for inline
 * display and clears it on the next try. Every form of the console uses it.
 */
export function useSubmit(action: () => Promise<void>, onError?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
      onError?.();
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
