import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../../shared/project/project';
import type { Conclusion, Decision, Finding, Report } from '../../../../shared/review/report';
import { api } from '../../api/client';
import { projectHref } from '../../app/route';
import { useSession } from '../../app/session';
import { Crumbs } from '../../components/Crumbs';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { refreshNotifications } from '../../components/notify-refresh';
import { useToast } from '../../components/Toast';
import { useLiveCall } from '../../components/useLiveCall';
import { useSubmit } from '../../components/useSubmit';
import { ProjectStatusBadge } from '../projects/ProjectStatusBadge';
import { CheckError, isEngineMissing } from './CheckError';
import { ConclusionPanel } from './ConclusionPanel';
import { DecideForm } from './DecideForm';
import { findingTitle } from './FindingCard';
import { displayOrder, nextUndecided } from './findings';
import { FindingsList, focusFinding } from './FindingsList';
import { ReportHeader } from './ReportHeader';
import { SnapshotPanel } from './SnapshotPanel';

interface Loaded {
  report: Report | null;
  /** The project, when it has no report yet (for the page's header). */
  project: ProjectView | null;
}

async function load(projectRef: string, version: number | undefined): Promise<Loaded> {
  const report = await api.call('review.get', { projectId: projectRef, ...(version === undefined ? {} : { version }) });
  if (report) return { report, project: null };
  return { report: null, project: await api.call('projects.get', { ref: projectRef }) };
}

/** Who may run a check (the service decides; this only decides whether to offer the button before any report exists). */
const mayCheck = (role: string) => role === 'auditor' || role === 'bureau' || role === 'admin';

/**
 * 重复建设审查报告 of one project (`#/review/<id or code>`): the project as checked with the selected
 * finding's evidence marked, the findings to decide, and the conclusion. Any version may be read;
 * only the latest open one is decided and concluded.
 */
export function ReportPage({ projectRef }: { projectRef: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const { data, setData, error } = useLiveCall<Loaded>(() => load(projectRef, version), `${projectRef}|${version ?? 'latest'}`);
  const report = data?.report ?? null;

  const check = useSubmit(async () => {
    const r = await api.call('review.check', { projectId: projectRef });
    setVersion(undefined);
    setData({ report: r, project: null });
    toast(t('ui.review.report.checked', { version: r.version }));
  });

  if (error) {
    return (
      <>
        <ReviewCrumbs name={null} />
        <ErrorMessage error={error} />
      </>
    );
  }
  if (!data) return <p className="muted">{t('ui.common.loading')}</p>;
  if (!report) return <NotChecked project={data.project} check={check} />;
  return (
    <ReportBody
      key={report.id}
      report={report}
      check={check}
      onVersion={(v) => setVersion(v === report.versions ? undefined : v)}
      onReport={(r) => setData({ report: r, project: null })}
    />
  );
}

type Check = ReturnType<typeof useSubmit>;

function ReportBody({ report, check, onVersion, onReport }: { report: Report; check: Check; onVersion: (v: number) => void; onReport: (r: Report) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [selectedId, setSelectedId] = useState<string | null>(() => (nextUndecided(report.findings, null) ?? displayOrder(report.findings)[0])?.id ?? null);
  const [deciding, setDeciding] = useState<{ finding: Finding; decision: Decision } | null>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  // The native dialog reports a close a moment later; one we closed ourselves must not close the next one opened meanwhile.
  const closedByUs = useRef(false);
  const closeDialog = () => {
    closedByUs.current = true;
    setDeciding(null);
  };
  const selected = report.findings.find((f) => f.id === selectedId) ?? null;
  const canDecide = report.can.includes('decide');

  // After a decision the selection moves to the next undecided finding, and keyboard focus with it.
  // (After the dialog has closed and given focus back to where it was opened from.)
  useEffect(() => {
    if (!focusNext) return;
    setFocusNext(null);
    setTimeout(() => focusFinding(focusNext), 0);
  }, [focusNext]);

  const onDecided = (r: Report, decision: Decision) => {
    const current = deciding?.finding;
    closeDialog();
    onReport(r);
    if (current) {
      toast(t('ui.review.decide.done', { decision: `${t(`review.decision.${decision}`)} · ${findingTitle(current, t)}` }));
      const next = nextUndecided(r.findings, current.id)?.id ?? current.id;
      setSelectedId(next);
      setFocusNext(next);
    }
  };

  const onConcluded = (r: Report, c: Conclusion) => {
    onReport(r);
    toast(t('ui.review.conclude.done', { conclusion: t(`review.conclusion.${c}`) }));
    refreshNotifications();
  };

  return (
    <>
      <ReviewCrumbs name={`${report.projectCode} ${report.projectName}`} />
      <ReportHeader report={report} check={check} onVersion={onVersion} />
      {report.version < report.versions && (
        <aside className="banner warning" role="note">
          <div>{t('ui.review.report.older', { version: report.version, versions: report.versions })}</div>
          <button type="button" onClick={() => onVersion(report.versions)}>
            {t('ui.review.report.showLatest')}
          </button>
        </aside>
      )}
      {report.status === 'open' && report.version === report.versions && report.projectStatus !== 'sharing_review' && (
        <aside className="banner" role="note">
          <div>{t('ui.review.report.notInReview')}</div>
        </aside>
      )}
      <div className="review-layout">
        <SnapshotPanel report={report} finding={selected} />
        <div className="review-side">
          <FindingsList
            report={report}
            selectedId={selectedId}
            onSelect={setSelectedId}
            canDecide={canDecide}
            onDecide={(finding, decision) => setDeciding({ finding, decision })}
          />
          <ConclusionPanel report={report} onConcluded={onConcluded} />
        </div>
      </div>
      <Dialog
        open={deciding !== null}
        title={t('ui.review.decide.title')}
        onClose={() => {
          if (closedByUs.current) closedByUs.current = false;
          else setDeciding(null);
        }}
      >
        {deciding && <DecideForm key={deciding.finding.id} finding={deciding.finding} initial={deciding.decision} onCancel={closeDialog} onDecided={onDecided} />}
      </Dialog>
    </>
  );
}

/** A project never checked: say so, and offer the check to those who may run it. */
function NotChecked({ project, check }: { project: ProjectView | null; check: Check }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const offer = mayCheck(user.role) && project !== null && project.status !== 'draft' && !isEngineMissing(check.error);
  return (
    <>
      <ReviewCrumbs name={project ? `${project.code} ${project.name}` : null} />
      <header className="resource-head">
        <div>
          <h1>{project ? t('ui.review.report.heading', { code: project.code, name: project.name }) : t('ui.review.report.title')}</h1>
          {project && (
            <div className="badges">
              <ProjectStatusBadge status={project.status} />
              <span className="muted">{project.departmentName}</span>
            </div>
          )}
        </div>
        {project && (
          <div className="resource-actions">
            <a className="button" href={projectHref(project.id)}>
              {t('ui.review.report.openProject')}
            </a>
          </div>
        )}
      </header>
      <section className="panel review-empty" aria-labelledby="review-empty-h">
        <h2 id="review-empty-h">{t('ui.review.report.notChecked')}</h2>
        <p className="muted">{t(offer ? 'ui.review.report.notCheckedNow' : 'ui.review.report.notCheckedAuto')}</p>
        <CheckError error={check.error} />
        {offer && (
          <button type="button" className="primary" disabled={check.busy} onClick={() => void check.submit()}>
            {check.busy ? t('ui.review.report.checking') : t('ui.review.report.checkNow')}
          </button>
        )}
      </section>
    </>
  );
}

export function ReviewCrumbs({ name }: { name: string | null }) {
  const { t } = useTranslation();
  return <Crumbs label={t('ui.review.report.crumbs')} trail={[{ label: t('ui.nav.review'), href: '#/review' }, ...(name ? [{ label: name }] : [])]} />;
}
