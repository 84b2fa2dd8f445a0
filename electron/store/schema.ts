/**
 * Versioned migrations and the registry of entities the write path may touch. A migration runs
 * once, in order, when the database's user_version is lower than its version; never edit a
 * shipped migration, add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'departments, users, settings',
    sql: `
      CREATE TABLE departments (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('city','town','village')),
        parent_id TEXT REFERENCES departments(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX departments_name ON departments(name);
      CREATE INDEX departments_level ON departments(level);
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin','bureau','registrant','auditor','inspector')),
        department_id TEXT REFERENCES departments(id),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX users_department ON users(department_id);
      CREATE TABLE settings (
        id TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];

/**
 * entity name (as recorded in operations) → table and the columns an operation may set.
 * `secret` columns are applied from the journal but never reach the audit log or sync outbox:
 * the ops table records only that they changed.
 */
export const entities: Record<string, { table: string; columns: readonly string[]; secret?: readonly string[] }> = {
  department: { table: 'departments', columns: ['code', 'name', 'level', 'parent_id', 'created_at', 'updated_at'] },
  user: {
    table: 'users',
    columns: ['username', 'display_name', 'role', 'department_id', 'password_hash', 'active', 'created_at', 'updated_at'],
    secret: ['password_hash'],
  },
  setting: { table: 'settings', columns: ['value'] },
};
