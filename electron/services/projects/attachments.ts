import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api/project-contract';
import { newId } from '../../../shared/model/ids';
import type { ProjectView } from '../../../shared/project/project';
import type { AttachmentKind } from '../../../shared/project/vocab';
import type { ProjectStatus } from '../../../shared/project/workflow';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { viewerOf } from '../directory/visibility';
import { allowedProjectActions, maySee } from './permissions';
import { recordProjectEvent } from './records';
import { projectView } from './view';

const SHA256 = /^[0-9a-f]{64}$/;
export const attachmentDir = (dataDir: string) => path.join(dataDir, 'attachments');

/**
 * Content-addressed: a file is stored once under its SHA-256 in the data folder, written to a
 * temporary name, fsynced and renamed before the record that names it commits, so a record never
 * points at a half-written file.
 */
function storeBlob(dataDir: string, bytes: Buffer): string {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const dir = attachmentDir(dataDir);
  const target = path.join(dir, sha);
  if (fs.existsSync(target) && fs.statSync(target).size === bytes.length) return sha;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  return sha;
}

/** Keeps only the name of a file (no folders), without control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean || 'attachment';
}

export function attachFile(ctx: Ctx, input: { projectId: string; kind: AttachmentKind; fileName: string; contentBase64: string }): ProjectView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const p = ctx.store.get<{ status: ProjectStatus; department_id: string }>('SELECT status, department_id FROM projects WHERE id = ?', [input.projectId]);
  if (!p || !maySee(viewer, p.department_id)) throw new ApiError('NOT_FOUND');
  if (!allowedProjectActions(viewer, p).includes('attach')) {
    ctx.log.warn('forbidden', { action: 'projects.attach', project: input.projectId, userId });
    throw new ApiError('FORBIDDEN');
  }
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new ApiError('VALIDATION', 'proj.rule.attachmentEmpty', {}, [{ path: 'contentBase64', key: 'proj.rule.attachmentEmpty' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    const mb = MAX_ATTACHMENT_BYTES / 1024 / 1024;
    throw new ApiError('VALIDATION', 'proj.rule.attachmentTooLarge', { mb }, [{ path: 'contentBase64', key: 'proj.rule.attachmentTooLarge' }]);
  }
  const sha = storeBlob(ctx.store.dataDir, bytes);
  const fileName = safeFileName(input.fileName);
  ctx.store.transact({ userId }, (tx) => {
    const now = new Date().toISOString();
    tx.insert('project_attachment', newId(), { project_id: input.projectId, kind: input.kind, file_name: fileName, sha256: sha, size: bytes.length, created_by: userId, created_at: now });
    recordProjectEvent(tx, input.projectId, 'attach', p.status, p.status, fileName, userId);
  });
  ctx.log.info('project.attached', { id: input.projectId, sha256: sha, size: bytes.length, by: userId });
  return projectView(ctx.store, viewer, input.projectId);
}

export function readAttachment(ctx: Ctx, id: string): { fileName: string; contentBase64: string } {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const a = ctx.store.get<{ file_name: string; sha256: string; department_id: string }>(
    'SELECT a.file_name, a.sha256, p.department_id FROM project_attachments a JOIN projects p ON p.id = a.project_id WHERE a.id = ?',
    [id],
  );
  if (!a || !maySee(viewer, a.department_id) || !SHA256.test(a.sha256)) throw new ApiError('NOT_FOUND');
  const file = path.join(attachmentDir(ctx.store.dataDir), a.sha256);
  if (!fs.existsSync(file)) throw new ApiError('NOT_FOUND');
  const bytes = fs.readFileSync(file);
  // A file changed on disk after it was attached is not handed out as the original.
  if (createHash('sha256').update(bytes).digest('hex') !== a.sha256) {
    ctx.log.error('attachment.damaged', { id, sha256: a.sha256 });
    throw new ApiError('STORE_UNAVAILABLE');
  }
  return { fileName: a.file_name, contentBase64: bytes.toString('base64') };
}
