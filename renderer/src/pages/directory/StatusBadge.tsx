import { useTranslation } from 'react-i18next';
import type { ResourceStatus } from '../../../../shared/directory/vocab';
import type { AccessStatus } from '../../../../shared/directory/access';

/** A coloured label for a resource's lifecycle state. */
export function StatusBadge({ status }: { status: ResourceStatus }) {
  const { t } = useTranslation();
  const label = t(`dir.status.${status}`);
  return (
    <span className={`badge status-${status}`} title={label}>
      {label}
    </span>
  );
}

/** A coloured label for an access request's state. */
export function AccessBadge({ status }: { status: AccessStatus }) {
  const { t } = useTranslation();
  const label = t(`dir.accessStatus.${status}`);
  return (
    <span className={`badge access-${status}`} title={label}>
      {label}
    </span>
  );
}

/** The share attribute, coloured so a non-public entry stands out in the list. */
export function ShareBadge({ shareType }: { shareType: 'unconditional' | 'conditional' | 'none' }) {
  const { t } = useTranslation();
  const label = t(`dir.shareType.${shareType}`);
  return (
    <span className={`badge share-${shareType}`} title={label}>
      {label}
    </span>
  );
}
