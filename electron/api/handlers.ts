import type { MethodName, ParsedInput, Result } from '../../shared/api/contract';
import { authStatus, login, logout, me, setup } from '../services/auth';
import type { Ctx } from '../services/context';
import { loadDemo } from '../services/demo';
import { createDepartment, departmentOptions, getDepartmentForCaller, listDepartments, updateDepartment } from '../services/departments';
import { getLanguage, setLanguage } from '../services/settings';
import { requireSignedIn } from '../services/context';
import { createUser, listUsers, setPassword, updateUser } from '../services/users';
import { applyForAccess, decideAccess, incomingRequests, myRequests } from '../services/directory/access';
import { createClassification, listClassifications } from '../services/directory/classifications';
import { createElement, listElements, updateElement } from '../services/directory/elements';
import { checkEntry, createResource, updateResource } from '../services/directory/entries';
import { transitionResource } from '../services/directory/lifecycle';
import { directoryFacets, listResources } from '../services/directory/listing';
import { listNotifications, markRead } from '../services/directory/notifications';
import { getResource } from '../services/directory/view';
import { newId } from '../../shared/model/ids';
import { exportDirectory } from '../services/directory/io/export';
import { importDirectory } from '../services/directory/io/import';
import { cancelTask, runCancellable } from '../services/directory/io/tasks';
import { directoryTemplate } from '../services/directory/io/template';
import { attachFile, readAttachment } from '../services/projects/attachments';
import { projectConfig, setProjectConfig } from '../services/projects/config';
import { exportProjects } from '../services/projects/io/export';
import { importProjects } from '../services/projects/io/import';
import { projectTemplate } from '../services/projects/io/template';
import { checkProject, createProject, updateProject } from '../services/projects/records';
import { listProjects } from '../services/projects/table';
import { checkProjectNow, concludeReport, decideFinding, getReport } from '../services/review/reports';
import { reportPdf } from '../services/review/pdf';
import { getDictionary, setDictionary } from '../services/review/dictionary';
import { clusterPage, exportCitywide, hotspots, pairPage, scanCity } from '../services/review/citywide';
import { exceptPromise, getProject, transitionProject } from '../services/projects/workflow';

type Handler<K extends MethodName> = (ctx: Ctx, input: ParsedInput<K>) => Result<K> | Promise<Result<K>>;

/** One handler per contract entry: adding a call means one line here and one service function. */
export const handlers: { [K in MethodName]: Handler<K> } = {
  'system.info': (ctx) => {
    requireSignedIn(ctx);
    return { product: '统筹 Tongchou', version: ctx.version, mode: ctx.mode, dataDir: ctx.store.dataDir, storeWarnings: [...ctx.warnings] };
  },
  'auth.status': (ctx) => authStatus(ctx),
  'auth.setup': (ctx, input) => setup(ctx, input),
  'auth.login': (ctx, input) => login(ctx, input),
  'auth.logout': (ctx) => logout(ctx),
  'auth.me': (ctx) => me(ctx),
  'settings.get': (ctx) => ({ language: getLanguage(ctx) }),
  'settings.setLanguage': (ctx, input) => setLanguage(ctx, input.language),
  'departments.list': (ctx, input) => listDepartments(ctx, input),
  'departments.options': (ctx) => departmentOptions(ctx),
  'departments.get': (ctx, input) => getDepartmentForCaller(ctx, input.id),
  'departments.create': (ctx, input) => createDepartment(ctx, input),
  'departments.update': (ctx, input) => updateDepartment(ctx, input.id, input.patch),
  'users.list': (ctx, input) => listUsers(ctx, input),
  'users.create': (ctx, input) => createUser(ctx, input),
  'users.update': (ctx, input) => updateUser(ctx, input.id, input.patch),
  'users.setPassword': (ctx, input) => setPassword(ctx, input.id, input.password, input.currentPassword),
  'demo.load': (ctx) => loadDemo(ctx),
  'classifications.list': (ctx) => listClassifications(ctx),
  'classifications.create': (ctx, input) => createClassification(ctx, input),
  'elements.list': (ctx, input) => listElements(ctx, input),
  'elements.create': (ctx, input) => createElement(ctx, input),
  'elements.update': (ctx, input) => updateElement(ctx, input.id, input.patch),
  'directory.list': (ctx, input) => listResources(ctx, input),
  'directory.facets': (ctx, input) => directoryFacets(ctx, input),
  'directory.get': (ctx, input) => getResource(ctx, input.ref),
  'directory.check': (ctx, input) => checkEntry(ctx, input.id, input.input),
  'directory.create': (ctx, input) => createResource(ctx, input),
  'directory.update': (ctx, input) => updateResource(ctx, input.id, input.input),
  'directory.transition': (ctx, input) => transitionResource(ctx, input.id, input.action, input.comment),
  'access.apply': (ctx, input) => applyForAccess(ctx, input),
  'access.decide': (ctx, input) => decideAccess(ctx, input),
  'access.mine': (ctx, input) => myRequests(ctx, input),
  'access.incoming': (ctx, input) => incomingRequests(ctx, input),
  'directory.import': (ctx, input) => {
    const taskId = input.taskId ?? newId();
    const bytes = Buffer.from(input.contentBase64, 'base64');
    return runCancellable(ctx, taskId, (signal) => importDirectory(ctx, { fileName: input.fileName, bytes, dryRun: input.dryRun, signal, taskId }));
  },
  'directory.cancelTask': (ctx, input) => cancelTask(ctx, input.taskId),
  'directory.export': async (ctx, input) => {
    const out = await exportDirectory(ctx, input);
    return { fileName: out.fileName, contentBase64: out.bytes.toString('base64'), count: out.count };
  },
  'directory.template': async (ctx) => {
    requireSignedIn(ctx);
    const t = await directoryTemplate();
    return { fileName: t.fileName, contentBase64: t.bytes.toString('base64') };
  },
  'notifications.list': (ctx) => listNotifications(ctx),
  'notifications.markRead': (ctx, input) => markRead(ctx, input.ids),
  'projects.list': (ctx, input) => listProjects(ctx, input),
  'projects.get': (ctx, input) => getProject(ctx, input.ref),
  'projects.check': (ctx, input) => checkProject(ctx, input.id, input.input),
  'projects.create': (ctx, input) => createProject(ctx, input),
  'projects.update': (ctx, input) => updateProject(ctx, input.id, input.input),
  'projects.transition': (ctx, input) => transitionProject(ctx, input.id, input.action, input.comment),
  'projects.except': (ctx, input) => exceptPromise(ctx, input.id, input.provideId, input.reason),
  'projects.attach': (ctx, input) => attachFile(ctx, input),
  'projects.attachment': (ctx, input) => readAttachment(ctx, input.id),
  'projects.config': (ctx) => projectConfig(ctx),
  'projects.setConfig': (ctx, input) => setProjectConfig(ctx, input),
  'projects.import': (ctx, input) => {
    const taskId = input.taskId ?? newId();
    const bytes = Buffer.from(input.contentBase64, 'base64');
    return runCancellable(ctx, taskId, (signal) => importProjects(ctx, { fileName: input.fileName, bytes, dryRun: input.dryRun, signal, taskId }));
  },
  'projects.export': async (ctx, input) => {
    const out = await exportProjects(ctx, input);
    return { fileName: out.fileName, contentBase64: out.bytes.toString('base64'), count: out.count };
  },
  'projects.template': async (ctx) => {
    requireSignedIn(ctx);
    const t = await projectTemplate();
    return { fileName: t.fileName, contentBase64: t.bytes.toString('base64') };
  },
  'review.check': (ctx, input) => checkProjectNow(ctx, input.projectId),
  'review.get': (ctx, input) => getReport(ctx, input),
  'review.decide': (ctx, input) => decideFinding(ctx, input.findingId, input.decision, input.reason),
  'review.conclude': (ctx, input) => concludeReport(ctx, input.reportId, input.conclusion, input.comment),
  'review.pdf': async (ctx, input) => {
    const out = await reportPdf(ctx, input.reportId, input.language);
    return { fileName: out.fileName, contentBase64: out.bytes.toString('base64') };
  },
  'review.scan': (ctx, input) => scanCity(ctx, input.taskId),
  'review.clusters': (ctx, input) => clusterPage(ctx, input),
  'review.pairs': (ctx, input) => pairPage(ctx, input),
  'review.hotspots': (ctx, input) => hotspots(ctx, input),
  'review.exportCitywide': async (ctx, input) => {
    const out = await exportCitywide(ctx, input);
    return { fileName: out.fileName, contentBase64: out.bytes.toString('base64'), count: out.count };
  },
  'review.dictionary': (ctx) => getDictionary(ctx),
  'review.setDictionary': (ctx, input) => setDictionary(ctx, input),
};
