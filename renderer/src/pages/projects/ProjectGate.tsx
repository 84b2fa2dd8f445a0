import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gate, ProjectView } from '../../../../shared/project/project';
import { api } from '../../api/client';
import { resourceHref } from '../../app/route';
import { Badge } from '../../components/Badge';
import { CommentForm } from '../../components/CommentForm';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toast';

type Missing = Gate['missing'][number];

/**
 * 验收检查: each promised resource that is not yet registered, published or shared as promised,
 * and why; auditors may record an exception with a reason. Says plainly when the gate passes.
 */
export function ProjectGate({ view, gate, onDone }: { view: ProjectView; gate: Gate; onDone: (v: ProjectView) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [excepting, setExcepting] = useState<{ provideId: string; name: string } | null>(null);
  const mayExcept = view.can.includes('except');
  const open = gate.missing.filter((m) => !m.excepted).length;
  const share = (s: Missing['promised'] | null) => (s ? t(`dir.shareType.${s}`) : t('ui.projects.gate.notInDirectory'));

  return (
    <section className={`panel gate ${gate.passes ? 'gate-passes' : 'gate-open'}`} aria-labelledby="gate-h">
      <h2 id="gate-h">{t('ui.projects.gate.title')}</h2>
      {gate.passes ? (
        <div className="gate-verdict" role="status">
          <strong>✓ {t('ui.projects.gate.passes')}</strong>
          <div className="muted">{t('ui.projects.gate.passesText')}</div>
        </div>
      ) : (
        <div className="gate-verdict">
          <strong>{t('ui.projects.gate.missing', { count: open })}</strong>
          <div className="muted">{t('ui.projects.gate.missingText')}</div>
        </div>
      )}
      {gate.missing.length > 0 && (
        <ul className="gate-list" aria-label={t('ui.projects.gate.title')}>
          {gate.missing.map((m) => {
            const name = m.name || t('ui.projects.page.unknownResource');
            return (
            <li key={m.provideId} className={m.excepted ? 'excepted' : ''}>
              <div className="gate-item">
                <div>
                  {m.resourceId ? <a href={resourceHref(m.resourceId)}>{name}</a> : <span>{name}</span>}
                  {m.code && <span className="mono muted"> {m.code}</span>}
                </div>
                <div className="gate-problem">{t(`proj.gate.${m.problem}`)}</div>
                <div className="muted gate-share">{t('ui.projects.gate.promisedVsActual', { promised: share(m.promised), actual: share(m.actual) })}</div>
              </div>
              {m.excepted ? (
                <Badge label={t('ui.projects.gate.excepted')} className="neutral" />
              ) : (
                mayExcept && (
                  <button type="button" aria-label={`${t('ui.projects.gate.except')}：${name}`} onClick={() => setExcepting({ provideId: m.provideId, name })}>
                    {t('ui.projects.gate.except')}
                  </button>
                )
              )}
            </li>
            );
          })}
        </ul>
      )}
      <Dialog open={excepting !== null} title={t('ui.projects.gate.exceptTitle')} onClose={() => setExcepting(null)}>
        {excepting && (
          <CommentForm
            prompt={t('ui.projects.gate.exceptPrompt', { name: excepting.name })}
            label={t('ui.projects.gate.reason')}
            field="reason"
            required
            requiredMessage={t('ui.projects.gate.reasonRequired')}
            submitLabel={t('ui.projects.gate.except')}
            onCancel={() => setExcepting(null)}
            onSubmit={async (reason) => {
              const v = await api.call('projects.except', { id: view.id, provideId: excepting.provideId, reason });
              toast(t('ui.projects.gate.exceptDone', { name: excepting.name }));
              setExcepting(null);
              onDone(v);
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
