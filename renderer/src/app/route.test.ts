import { describe, expect, it } from 'vitest';
import { parseHash, resourceHref, sectionOf } from './route';

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
