/**
 * Every call the renderer can make. Kept free of schema code so the preload can expose exactly
 * these names without bundling zod; contract.ts must define each of them (checked by its type).
 */
export const METHOD_NAMES = [
  'system.info',
  'auth.status',
  'auth.setup',
  'auth.login',
  'auth.logout',
  'auth.me',
  'settings.get',
  'settings.setLanguage',
  'departments.list',
  'departments.options',
  'departments.get',
  'departments.create',
  'departments.update',
  'users.list',
  'users.create',
  'users.update',
  'users.setPassword',
  'demo.load',
  'classifications.list',
  'classifications.create',
  'elements.list',
  'elements.create',
  'elements.update',
  'directory.list',
  'directory.facets',
  'directory.get',
  'directory.check',
  'directory.create',
  'directory.update',
  'directory.transition',
  'access.apply',
  'access.decide',
  'access.mine',
  'access.incoming',
  'directory.import',
  'directory.cancelTask',
  'directory.export',
  'directory.template',
  'notifications.list',
  'notifications.markRead',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}
