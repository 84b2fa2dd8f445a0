import { cliEn } from './cli-en';
import type { Messages } from './zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const en: DeepStrings<Messages> = {
  cli: cliEn,
  errors: {
    VALIDATION: 'Invalid input: {{fields}}',
    UNAUTHENTICATED: 'Please sign in first',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'Record not found',
    CONFLICT: 'Conflicts with an existing record',
    BAD_CREDENTIALS: 'Wrong user name or password',
    RATE_LIMITED: 'Too many attempts; try again in {{seconds}} s',
    SETUP_REQUIRED: 'No administrator yet: finish the first-run setup',
    ALREADY_SET_UP: 'Already set up; the administrator cannot be created again',
    UNKNOWN_METHOD: 'Unknown call: {{method}}',
    PAYLOAD_TOO_LARGE: 'Request too large',
    STORE_UNAVAILABLE: 'The data store is unavailable',
    INTERNAL: 'Internal error (logged)',
    TRANSPORT: 'Cannot reach the Tongchou service',
    BAD_RESPONSE: 'The service answered with unreadable data',
    department: {
      codeTaken: 'Department code “{{code}}” is already used',
      parentMissing: 'The parent department does not exist',
      parentCycle: 'A department cannot be its own ancestor',
    },
    user: {
      usernameTaken: 'User name “{{username}}” is already used',
      departmentMissing: 'The department does not exist',
      departmentRequired: 'This role needs a department',
      lastAdmin: 'The last administrator cannot be deactivated or demoted',
      inactive: 'This account is deactivated',
    },
  },
  field: {
    required: 'required',
    invalid: 'invalid format',
    invalidType: 'wrong type',
    tooShort: 'too short',
    tooLong: 'too long',
    unknown: 'field not allowed',
    notAllowed: 'not one of the allowed values',
  },
  fieldNames: {
    code: 'Code',
    name: 'Name',
    level: 'Level',
    parentId: 'Parent department',
    username: 'User name',
    displayName: 'Full name',
    password: 'Password',
    role: 'Role',
    departmentId: 'Department',
    language: 'Language',
  },
  department: { code: { format: 'Code: 2–32 letters, digits, _ or -' } },
  user: {
    username: { format: 'User name: 3–32 lower-case letters, digits, . _ or -, starting with a letter' },
    password: { tooShort: 'Password needs at least 8 characters' },
  },
  roles: {
    admin: 'Administrator',
    bureau: 'Bureau staff',
    registrant: 'Department registrant',
    auditor: 'Auditor',
    inspector: 'Town inspector',
  },
  levels: { city: 'Municipal', town: 'Town / sub-district', village: 'Village / community' },
  store: {
    locked: 'The data folder is in use by another program: {{holder}} (pid {{pid}})',
    snapshotDamaged: 'The data snapshot was damaged; the last good state was recovered',
    journalTornTail: 'The last session ended abruptly; an unfinished write was discarded',
    journalDamaged: 'The data journal was damaged; recovered to the last good state before the damage',
    unrecoverable: 'The data files are damaged beyond recovery; restore from a backup',
  },
  progress: { demo: 'Loading demo data' },
};
