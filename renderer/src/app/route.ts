import { useEffect, useState } from 'react';

/** Hash routes (`#/settings/departments`): they work the same under app:// and http://. */
export const ROUTES = ['dashboard', 'projects', 'review', 'directory', 'sync', 'settings', 'settings/departments', 'settings/users'] as const;
export type Route = (typeof ROUTES)[number];

function parse(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(path) ? (path as Route) : 'dashboard';
}

export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (r) => (location.hash = `#/${r}`)];
}
