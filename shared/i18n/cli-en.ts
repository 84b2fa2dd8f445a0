import type { cliZhCN } from './cli-zh-CN';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const cliEn: Strings<typeof cliZhCN> = {
  refused: 'Refused: ',
  initDone: 'Data folder ready: {{dataDir}}',
  demoLoaded: 'Demo data loaded: {{departments}} departments, {{users}} accounts, {{resources}} directory entries',
  needsAdmin: 'No administrator yet: run tongchou user add --role admin …, or finish the setup in the console',
  passwordMissing: 'Give a password with --password or the TONGCHOU_PASSWORD environment variable',
  departmentUnknown: 'No department with code “{{code}}”',
  userAdded: 'Added user {{username}} ({{role}})',
  departmentAdded: 'Added department {{code}} {{name}}',
  portBusy: 'Port {{port}} is in use: choose another or omit --port',
  listenFailed: 'Cannot listen on 127.0.0.1 ({{code}})',
  userUnknown: 'No active user “{{username}}”',
  badJson: 'The --json value is not valid JSON',
  restricted: '(Not shared: catalog entry and basic metadata only; data items are visible after an approved application)',
  importDone: 'Imported {{imported}} resources ({{items}} data items) as drafts', importChecked: 'Checked: {{total}} resources, {{items}} data items can be imported (nothing written)',
  importFailed: '{{count}} problems in the file, nothing written ({{total}} resources)', importAborted: 'Import cancelled, nothing written',
  importError: '{{sheet}} row {{row}} “{{column}}”: {{message}}', importMore: '… {{count}} more (--json shows them all)',
  fileUnreadable: 'Cannot read {{file}}', exportDone: 'Exported {{count}} resources to {{file}}', templateDone: 'Template written to {{file}}',
  rendererMissing: 'The built console (dist/renderer) is missing: run npm run build first',
  col: { username: 'User name', name: 'Name', role: 'Role', department: 'Department', active: 'Active', code: 'Code', level: 'Level', parent: 'Parent', provider: 'Provider', shareType: 'Sharing', status: 'Status' },
};
