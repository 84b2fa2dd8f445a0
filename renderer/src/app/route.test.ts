import { describe, expect, it } from 'vitest';
import { parseHash, projectHref, resourceHref, reviewHref, sectionOf } from './route';

describe('hash routes', () => {
  it('keeps the fixed routes', () => {
    expect(parseHash('#/settings/users')).toEqual({ route: 'settings/users', param: null });
    expect(parseHash('#/directory')).toEqual({ route: 'directory', param: null });
    expect(parseHash('#/directory/access/incoming')).toEqual({ route: 'directory/access/incoming', param: null });
    expect(parseHash('#/directory/new')).toEqual({ route: 'directory/new', param: null });
  });

  it('reads a resource id or code, and its edit form', () => {
    expect(parseHash('#/directory/5b0c-1')).toEqual({ route: 'directory/resource', param: '5b0c-1' });
    expect(parseHash('#/directory/5b0c-1/edit')).toEqual({ route: 'directory/edit', param: '5b0c-1' });
    expect(parseHash(resourceHref('101001/000001'))).toEqual({ route: 'directory/resource', param: '101001/000001' });
    expect(parseHash(resourceHref('101001/000001', true))).toEqual({ route: 'directory/edit', param: '101001/000001' });
  });

  it('reads a project id or code, its edit form, and the register views', () => {
    expect(parseHash('#/projects/queue')).toEqual({ route: 'projects/queue', param: null });
    expect(parseHash('#/projects/new')).toEqual({ route: 'projects/new', param: null });
    expect(parseHash(projectHref('XM2026-0001'))).toEqual({ route: 'projects/project', param: 'XM2026-0001' });
    expect(parseHash(projectHref('abc', true))).toEqual({ route: 'projects/edit', param: 'abc' });
    expect(sectionOf('projects/edit')).toBe('projects');
  });

  it('reads a review report by project', () => {
    expect(parseHash('#/review')).toEqual({ route: 'review', param: null });
    expect(parseHash('#/review/scan')).toEqual({ route: 'review/scan', param: null });
    expect(parseHash('#/review/hotspots')).toEqual({ route: 'review/hotspots', param: null });
    expect(parseHash(reviewHref('XM2026-0001'))).toEqual({ route: 'review/report', param: 'XM2026-0001' });
    expect(sectionOf('review/report')).toBe('review');
  });

  it('sends anything else to the dashboard', () => {
    expect(parseHash('')).toEqual({ route: 'dashboard', param: null });
    expect(parseHash('#/nowhere')).toEqual({ route: 'dashboard', param: null });
    expect(parseHash('#/directory/%E0%A4%A')).toEqual({ route: 'dashboard', param: null });
    expect(parseHash('#/settings/x/y')).toEqual({ route: 'dashboard', param: null });
  });

  it('names the main section', () => {
    expect(sectionOf('directory/edit')).toBe('directory');
    expect(sectionOf('settings')).toBe('settings');
  });
});
