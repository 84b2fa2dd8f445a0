import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const ToastContext = createContext<(message: string) => void>(() => {});
const ClearContext = createContext<() => void>(() => {});

/** Short confirmations ("已保存") announced to screen readers, gone after a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<{ id: number; text: string }[]>([]);
  const show = useCallback((text: string) => {
    const id = Date.now() + Math.random();
    setMessages((m) => [...m, { id, text }]);
    setTimeout(() => setMessages((m) => m.filter((x) => x.id !== id)), 4000);
  }, []);
  const clear = useCallback(() => setMessages([]), []);
  return (
    <ToastContext.Provider value={show}>
      <ClearContext.Provider value={clear}>{children}</ClearContext.Provider>
      <div className="toasts" role="status" aria-live="polite">
        {messages.map((m) => (
          <div key={m.id} className="toast">
            {m.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
/** Drops the toasts on screen (on sign-out: the next user must not read the last one's confirmations). */
export const useClearToasts = () => useContext(ClearContext);
