import type { uiZhCN } from './ui-zh-CN';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const uiEn: Strings<typeof uiZhCN> = {
  app: { name: 'Tongchou', subtitle: 'Government IT projects and the data resource directory', loading: 'Loading…' },
  nav: { general: 'General', dashboard: 'Dashboard', projects: 'Projects', review: 'Review', directory: 'Directory', sync: 'Sync', settings: 'Settings', departments: 'Departments', users: 'Users' },
  setup: {
    title: 'First run: create the administrator',
    intro: 'Tongchou is not set up yet. Create the first administrator; add other people later under Settings › Users.',
    submit: 'Create administrator and sign in',
    demoTitle: 'Load demo data?',
    demoIntro: 'The demo has 42 municipal departments and 24 towns of Zhongshan, and one demo account per role (initial password tongchou2026).',
    demoLoad: 'Load demo data',
    demoSkip: 'Not now',
    demoDone: 'Loaded {{departments}} departments and {{users}} accounts',
    confirmPassword: 'Confirm password',
    passwordsDiffer: 'The passwords differ',
  },
  login: { title: 'Sign in', submit: 'Sign in', signingIn: 'Signing in…' },
  shell: { signOut: 'Sign out', language: 'Language', signedInAs: '{{name}} ({{role}})' },
  common: {
    save: 'Save', cancel: 'Cancel', add: 'Add', edit: 'Edit', search: 'Search', all: 'All', close: 'Close',
    saving: 'Saving…', saved: 'Saved', none: '—', yes: 'Yes', no: 'No', loading: 'Loading…',
    rows: '{{total}} rows', noRows: 'No matching records', filter: 'Filter', sortHint: 'Click a header to sort',
  },
  departments: {
    title: 'Departments', add: 'Add department', edit: 'Edit department', code: 'Code', name: 'Name', level: 'Level', parent: 'Parent',
    noParent: '(none)', created: 'Added department “{{name}}”', updated: 'Saved department “{{name}}”',
  },
  users: {
    title: 'Users', add: 'Add user', edit: 'Edit user', username: 'User name', displayName: 'Full name', role: 'Role',
    department: 'Department', active: 'Status', activeYes: 'Active', activeNo: 'Deactivated', password: 'Initial password',
    created: 'Added user “{{name}}”', updated: 'Saved user “{{name}}”', chooseDepartment: 'Choose a department',
  },
  settings: {
    title: 'Settings', language: 'Interface language', languageHint: 'Saved on this computer and used at the next start.',
    system: 'System', version: 'Version', mode: 'Running as', dataDir: 'Data folder', warnings: 'Data store notices',
    modes: { desktop: 'Desktop app', browser: 'Browser mode', cli: 'Command line' },
    changePassword: 'Change password', currentPassword: 'Current password', newPassword: 'New password', passwordChanged: 'Password changed; other sign-ins were ended',
  },
  dashboard: {
    title: 'Dashboard', welcome: 'Welcome, {{name}}', departments: 'Departments', users: 'Users',
    pending: 'Coming next', pendingText: 'Project review, duplicate-construction review, the resource directory and sync arrive in later versions.',
  },
  pending: { title: '{{page}}: not available yet', text: 'This arrives in a later version. Department and user management are under Settings.' },
  languages: { 'zh-CN': '简体中文', en: 'English' },
};
