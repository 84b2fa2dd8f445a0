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
  classification: { table: 'classifications', columns: ['name', 'parent_code', 'kind', 'created_at'] },
  data_element: { table: 'data_elements', columns: ['identifier', 'name', 'definition', 'data_type', 'format', 'synonyms', 'created_at', 'updated_at'] },
  code_sequence: { table: 'code_sequences', columns: ['next'] },
  resource: {
    table: 'resources',
    columns: [
      'code', 'name', 'name_key', 'class_code', 'provider_dept_id', 'summary', 'format', 'share_type', 'share_condition', 'share_method',
      'open_type', 'open_condition', 'update_cycle', 'published_at', 'related_codes', 'source_system', 'extra', 'item_names', 'status',
      'created_by', 'created_at', 'updated_at',
    ],
  },
  data_item: { table: 'data_items', columns: ['resource_id', 'position', 'name', 'data_type', 'length', 'description', 'element_id'] },
  resource_event: { table: 'resource_events', columns: ['resource_id', 'action', 'from_status', 'to_status', 'comment', 'user_id', 'at'] },
  access_request: {
    table: 'access_requests',
    columns: [
      'resource_id', 'requester_dept_id', 'requester_user_id', 'item_ids', 'purpose', 'legal_basis', 'period_from', 'period_to', 'status',
      'approved_item_ids', 'approved_until', 'reason', 'decided_by', 'decided_at', 'created_at',
    ],
  },
  notification: { table: 'notifications', columns: ['user_id', 'key', 'params', 'ref_id', 'created_at', 'read_at'] },
  project: {
    table: 'projects',
    columns: [
      'code', 'name', 'name_key', 'department_id', 'type', 'year', 'budget', 'funding_source', 'content', 'status', 'submitted_at',
      'created_by', 'created_at', 'updated_at',
    ],
  },
  project_system: { table: 'project_systems', columns: ['project_id', 'position', 'name', 'functions'] },
  project_item: { table: 'project_items', columns: ['project_id', 'position', 'name', 'data_type', 'length', 'description', 'element_id'] },
  project_consume: { table: 'project_consumes', columns: ['project_id', 'position', 'resource_id', 'purpose'] },
  project_provide: {
    table: 'project_provides',
    columns: ['project_id', 'position', 'resource_id', 'share_type', 'exception_reason', 'exception_by', 'exception_at'],
  },
  project_event: { table: 'project_events', columns: ['project_id', 'action', 'from_status', 'to_status', 'comment', 'user_id', 'at'] },
  review_report: {
    table: 'review_reports',
    columns: ['project_id', 'version', 'trigger', 'status', 'conclusion', 'conclusion_comment', 'snapshot', 'created_by', 'created_at', 'concluded_by', 'concluded_at'],
  },
  review_finding: {
    table: 'review_findings',
    columns: [
      'report_id', 'position', 'kind', 'fingerprint', 'label', 'score', 'other_project_id', 'resource_id', 'data_item', 'resource_item', 'evidence',
      'decision', 'reason', 'decided_by', 'decided_at', 'carried_from',
    ],
  },
  project_attachment: { table: 'project_attachments', columns: ['project_id', 'kind', 'file_name', 'sha256', 'size', 'created_by', 'created_at'] },
};
