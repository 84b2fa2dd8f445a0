import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './app/App';
import { ToastProvider } from './components/Toast';
import { initI18n } from './i18n';
import './styles.css';

// The remembered language is read before the first paint so the console never flashes English.
const language = await api.call('settings.get', {}).then(
  (s) => s.language,
  () => undefined,
);
await initI18n(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
);
