/**
 * Versioned migrations. A migration runs
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
  {
    version: 2,
    name: 'resource directory: classifications, data elements, resources, data items, access requests',
    sql: `
      CREATE TABLE classifications (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        parent_code TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('base','theme','dept')),
        created_at TEXT NOT NULL
      );
      CREATE INDEX classifications_parent ON classifications(parent_code);
      CREATE TABLE data_elements (
        id TEXT PRIMARY KEY,
        identifier TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        definition TEXT NOT NULL DEFAULT '',
        data_type TEXT NOT NULL,
        format TEXT NOT NULL DEFAULT '',
        synonyms TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX data_elements_name ON data_elements(name);
      CREATE TABLE code_sequences (
        id TEXT PRIMARY KEY,
        next INTEGER NOT NULL
      );
      CREATE TABLE resources (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        class_code TEXT NOT NULL,
        provider_dept_id TEXT NOT NULL REFERENCES departments(id),
        summary TEXT NOT NULL,
        format TEXT NOT NULL,
        share_type TEXT NOT NULL CHECK (share_type IN ('unconditional','conditional','none')),
        share_condition TEXT NOT NULL DEFAULT '',
        share_method TEXT,
        open_type TEXT NOT NULL CHECK (open_type IN ('open','conditional','closed')),
        open_condition TEXT NOT NULL DEFAULT '',
        update_cycle TEXT NOT NULL,
        published_at TEXT,
        related_codes TEXT NOT NULL DEFAULT '[]',
        source_system TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '{}',
        item_names TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft','pending','published','returned','retired')),
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX resources_provider ON resources(provider_dept_id, name);
      CREATE INDEX resources_class ON resources(class_code);
      CREATE INDEX resources_status ON resources(status);
      CREATE INDEX resources_share ON resources(share_type);
      CREATE INDEX resources_open ON resources(open_type);
      CREATE INDEX resources_format ON resources(format);
      CREATE INDEX resources_cycle ON resources(update_cycle);
      CREATE INDEX resources_name ON resources(name);
      CREATE INDEX resources_updated ON resources(updated_at);
      CREATE INDEX resources_name_key ON resources(provider_dept_id, name_key);
      CREATE TABLE data_items (
        id TEXT PRIMARY KEY,
        resource_id TEXT NOT NULL REFERENCES resources(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        data_type TEXT NOT NULL,
        length INTEGER,
        description TEXT NOT NULL DEFAULT '',
        element_id TEXT REFERENCES data_elements(id)
      );
      CREATE INDEX data_items_resource ON data_items(resource_id, position);
      CREATE INDEX data_items_element ON data_items(element_id);
      CREATE TABLE resource_events (
        id TEXT PRIMARY KEY,
        resource_id TEXT NOT NULL REFERENCES resources(id),
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        user_id TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX resource_events_resource ON resource_events(resource_id, at);
      CREATE TABLE access_requests (
        id TEXT PRIMARY KEY,
        resource_id TEXT NOT NULL REFERENCES resources(id),
        requester_dept_id TEXT NOT NULL REFERENCES departments(id),
        requester_user_id TEXT,
        item_ids TEXT,
        purpose TEXT NOT NULL,
        legal_basis TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending','approved','denied')),
        approved_item_ids TEXT,
        approved_until TEXT,
        reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT,
        decided_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX access_requests_resource ON access_requests(resource_id, requester_dept_id);
      CREATE INDEX access_requests_requester ON access_requests(requester_dept_id, created_at);
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        key TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        ref_id TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT
      );
      CREATE INDEX notifications_user ON notifications(user_id, created_at);
      -- Chinese full-text search: FTS4 over character-bigram tokens (shared/text/normalize.ts),
      -- kept right by triggers so journal replay rebuilds it too. Two columns, so a search by a
      -- user without access to a non-public resource can match its basic metadata but not its
      -- data items (the negative-list rule holds in the index too).
      CREATE VIRTUAL TABLE resource_fts USING fts4(basic, items);
      CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
        INSERT INTO resource_fts(rowid, basic, items) VALUES (NEW.rowid, tc_tokens(NEW.name || ' ' || NEW.summary), tc_tokens(NEW.item_names));
      END;
      CREATE TRIGGER resources_fts_update AFTER UPDATE OF name, summary, item_names ON resources BEGIN
        UPDATE resource_fts SET basic = tc_tokens(NEW.name || ' ' || NEW.summary), items = tc_tokens(NEW.item_names) WHERE rowid = NEW.rowid;
      END;
      CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
        DELETE FROM resource_fts WHERE rowid = OLD.rowid;
      END;
    `,
  },  {
    version: 3,
    name: 'directory: indexes for the common filtered sorts (status by recency, open data by publication)',
    sql: `
      CREATE INDEX resources_status_updated ON resources(status, updated_at);
      CREATE INDEX resources_open_published ON resources(open_type, published_at);
      CREATE INDEX resources_share_updated ON resources(share_type, updated_at);
    `,
  },
  {
    version: 4,
    name: 'information projects: register, systems, data items, shared needs, promised resources, timeline, attachments',
    sql: `
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        department_id TEXT NOT NULL REFERENCES departments(id),
        type TEXT NOT NULL CHECK (type IN ('new','upgrade','operation')),
        year INTEGER NOT NULL,
        budget REAL NOT NULL CHECK (budget > 0),
        funding_source TEXT NOT NULL,
        content TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','submitted','sharing_review','returned','rejected','approved','filed','building','acceptance','operating')),
        submitted_at TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX projects_updated ON projects(updated_at);
      CREATE INDEX projects_status_updated ON projects(status, updated_at);
      CREATE INDEX projects_department ON projects(department_id, updated_at);
      CREATE INDEX projects_year ON projects(year, updated_at);
      CREATE INDEX projects_type ON projects(type, updated_at);
      CREATE INDEX projects_budget ON projects(budget);
      CREATE INDEX projects_name ON projects(name);
      CREATE INDEX projects_name_key ON projects(name_key);
      CREATE TABLE project_systems (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        functions TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX project_systems_project ON project_systems(project_id, position);
      CREATE TABLE project_items (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        data_type TEXT NOT NULL,
        length INTEGER,
        description TEXT NOT NULL DEFAULT '',
        element_id TEXT REFERENCES data_elements(id)
      );
      CREATE INDEX project_items_project ON project_items(project_id, position);
      CREATE INDEX project_items_element ON project_items(element_id);
      CREATE TABLE project_consumes (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        position INTEGER NOT NULL,
        resource_id TEXT NOT NULL REFERENCES resources(id),
        purpose TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX project_consumes_project ON project_consumes(project_id, position);
      CREATE INDEX project_consumes_resource ON project_consumes(resource_id);
      CREATE TABLE project_provides (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        position INTEGER NOT NULL,
        resource_id TEXT NOT NULL REFERENCES resources(id),
        share_type TEXT NOT NULL CHECK (share_type IN ('unconditional','conditional','none')),
        exception_reason TEXT,
        exception_by TEXT,
        exception_at TEXT
      );
      CREATE INDEX project_provides_project ON project_provides(project_id, position);
      CREATE INDEX project_provides_resource ON project_provides(resource_id);
      CREATE TABLE project_events (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        user_id TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX project_events_project ON project_events(project_id, at);
      CREATE TABLE project_attachments (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX project_attachments_project ON project_attachments(project_id, created_at);
    `,
  },
  {
    version: 5,
    name: 'project register: full-text index of names and contents, year + type by name (filter + sort + first page at 10,000 projects)',
    sql: `
      CREATE INDEX projects_year_type_name ON projects(year, type, name);
      -- Character bigrams of name and content (shared/text/normalize.ts), kept by triggers like
      -- resource_fts, so a search for a Chinese fragment reads its candidates from the index
      -- instead of scanning every content with LIKE.
      CREATE VIRTUAL TABLE project_fts USING fts4(text);
      INSERT INTO project_fts(rowid, text) SELECT rowid, tc_tokens(name || ' ' || content) FROM projects;
      CREATE TRIGGER projects_fts_insert AFTER INSERT ON projects BEGIN
        INSERT INTO project_fts(rowid, text) VALUES (NEW.rowid, tc_tokens(NEW.name || ' ' || NEW.content));
      END;
      CREATE TRIGGER projects_fts_update AFTER UPDATE OF name, content ON projects BEGIN
        UPDATE project_fts SET text = tc_tokens(NEW.name || ' ' || NEW.content) WHERE rowid = NEW.rowid;
      END;
      CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects BEGIN
        DELETE FROM project_fts WHERE rowid = OLD.rowid;
      END;
    `,
  },
  {
    version: 6,
    name: 'duplicate-construction review: versioned reports and their findings with decisions',
    sql: `
      CREATE TABLE review_reports (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        version INTEGER NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('auto','manual')),
        status TEXT NOT NULL CHECK (status IN ('open','concluded')),
        conclusion TEXT CHECK (conclusion IN ('approve','return','reject')),
        conclusion_comment TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL,
        concluded_by TEXT,
        concluded_at TEXT,
        UNIQUE (project_id, version)
      );
      CREATE TABLE review_findings (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES review_reports(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('project','recollection')),
        fingerprint TEXT NOT NULL,
        label TEXT NOT NULL CHECK (label IN ('duplicate','overlap','upgrade','recollection')),
        score REAL NOT NULL,
        other_project_id TEXT REFERENCES projects(id),
        resource_id TEXT REFERENCES resources(id),
        data_item TEXT NOT NULL DEFAULT '',
        resource_item TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]',
        decision TEXT CHECK (decision IN ('confirmed','dismissed','partial')),
        reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT,
        decided_at TEXT,
        carried_from TEXT
      );
      CREATE INDEX review_findings_report ON review_findings(report_id, position);
    `,
  },
];
