import { useTranslation } from 'react-i18next';
import type { ResourceStatus } from '../../../../shared/directory/vocab';
import type { AccessStatus } from '../../../../shared/directory/access';
import { Badge } from '../../components/Badge';

/** A coloured label for a resource's lifecycle state. */
export function StatusBadge({ status }: { status: ResourceStatus }) {
  const { t } = useTranslation();
  return <Badge label={t(`dir.status.${status}`)} className={`status-${status}`} />;
}

/** A coloured label for an access request's state. */
export function AccessBadge({ status }: { status: AccessStatus }) {
  const { t } = useTranslation();
  return <Badge label={t(`dir.accessStatus.${status}`)} className={`access-${status}`} />;
}

/** The share attribute, coloured so a non-public entry stands out in the list. */
export function ShareBadge({ shareType }: { shareType: 'unconditional' | 'conditional' | 'none' }) {
  const { t } = useTranslation();
  return <Badge label={t(`dir.shareType.${shareType}`)} className={`share-${shareType}`} />;
}
