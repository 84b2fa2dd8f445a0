import { createContext, useContext } from 'react';
import type { User } from '../../../shared/model/user';

export interface SessionState {
  user: User;
  signOut: () => void;
}
export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in shell');
  return s;
}
