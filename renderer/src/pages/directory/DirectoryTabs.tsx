import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';

/** 目录 › 资源目录 / 申请取用 */
export function DirectoryTabs({ current }: { current: 'directory' | 'access' }) {
  const { t } = useTranslation();
  const tabs = [
    { id: 'directory', href: '#/directory', label: t('ui.directory.tabResources') },
    { id: 'access', href: '#/directory/access', label: t('ui.directory.tabAccess') },
  ];
  return <Tabs tabs={tabs} current={current} />;
}
