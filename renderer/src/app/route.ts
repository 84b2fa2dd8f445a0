import { useEffect, useState } from 'react';

/** Hash routes (`#/settings/departments`): they work the same under app:// and http://. */
export const ROUTES = [
  'dashboard',
  'projects',
  'projects/new',
  'projects/queue',
  'projects/mine',
  'review',
  'review/scan',
  'review/hotspots',
  'directory',
  'directory/new',
  'directory/access',
  'directory/access/incoming',
  'sync',
  'settings',
  'settings/departments',
  'settings/users',
  'settings/dictionary',
] as const;
export type Route = (typeof ROUTES)[number];

/** Routes that carry a parameter: a resource or project (`#/directory/<id>`, `#/projects/<id>`) and its edit form (`…/<id>/edit`). */
export type ParamRoute = 'directory/resource' | 'directory/edit' | 'projects/project' | 'projects/edit' | 'review/report';
export type RouteName = Route | ParamRoute;

export interface Location {
  route: RouteName;
  /** The decoded parameter of a ParamRoute (a resource id or code), else null. */
  param: string | null;
}

/** Where a hash points; anything unknown goes to the dashboard. */
export function parseHash(hash: string): Location {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  if ((ROUTES as readonly string[]).includes(path)) return { route: path as Route, param: null };
  const m = /^(directory|projects)\/([^/]+)(\/edit)?$/.exec(path);
  if (m) {
    let param: string;
    try {
      param = decodeURIComponent(m[2]!);
    } catch {
      return { route: 'dashboard', param: null };
    }
    if (param && m[1] === 'directory') return { route: m[3] ? 'directory/edit' : 'directory/resource', param };
    if (param) return { route: m[3] ? 'projects/edit' : 'projects/project', param };
  }
  const r = /^review\/([^/]+)$/.exec(path);
  if (r) {
    try {
      const param = decodeURIComponent(r[1]!);
      if (param) return { route: 'review/report', param };
    } catch {
      return { route: 'dashboard', param: null };
    }
  }
  return { route: 'dashboard', param: null };
}

/** The hash of a resource's page, or of its edit form. `ref` may be an id or a code (which has a slash). */
export function resourceHref(ref: string, edit = false): string {
  return `#/directory/${encodeURIComponent(ref)}${edit ? '/edit' : ''}`;
}

/** The hash of a project's page, or of its edit form (`ref` an id or a code such as XM2026-0001). */
export function projectHref(ref: string, edit = false): string {
  return `#/projects/${encodeURIComponent(ref)}${edit ? '/edit' : ''}`;
}

/** The hash of a project's duplicate-construction report (`ref` a project id or code). */
export function reviewHref(ref: string): string {
  return `#/review/${encodeURIComponent(ref)}`;
}

/** The first path segment: which of the six main sections is current. */
export function sectionOf(route: RouteName): string {
  return route.split('/')[0]!;
}

export function navigate(hash: string): void {
  location.hash = hash.startsWith('#') ? hash : `#/${hash}`;
}

export function useLocation(): Location {
  const [loc, setLoc] = useState<Location>(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setLoc(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return loc;
}

export function useRoute(): [RouteName, (r: Route) => void] {
  const loc = useLocation();
  return [loc.route, (r) => navigate(`#/${r}`)];
}
