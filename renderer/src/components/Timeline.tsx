import { formatDateTime } from '../i18n/dates';

/** One step of a record's history as the services send it (a resource's or a project's). */
export interface TimelineEvent {
  id: string;
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  userName: string | null;
  comment: string;
}

/**
 * A record's history as a vertical timeline, newest first: when, what, the status change (when
 * the step changed it), who, and the comment. The labels come from the record's vocabulary.
 */
export function Timeline({
  events,
  actionLabel,
  statusLabel,
  empty,
}: {
  events: readonly TimelineEvent[];
  actionLabel: (action: string) => string;
  statusLabel: (status: string) => string;
  empty: string;
}) {
  if (events.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="timeline">
      {[...events].reverse().map((e) => (
        <li key={e.id}>
          <div className="timeline-when">{formatDateTime(e.at)}</div>
          <div>
            <strong>{actionLabel(e.action)}</strong>
            {e.fromStatus && e.fromStatus !== e.toStatus && (
              <span className="muted">
                {' '}
                {statusLabel(e.fromStatus)} → {statusLabel(e.toStatus)}
              </span>
            )}
            {e.userName && <span className="muted"> · {e.userName}</span>}
            {e.comment && <div className="timeline-comment">{e.comment}</div>}
          </div>
        </li>
      ))}
    </ol>
  );
}
