import { useTranslation } from 'react-i18next';

/** 目录 › 资源目录 / 申请取用 */
export function DirectoryTabs({ current }: { current: 'directory' | 'access' }) {
  const { t } = useTranslation();
  const tabs = [
    { id: 'directory', href: '#/directory', label: t('ui.directory.tabResources') },
    { id: 'access', href: '#/directory/access', label: t('ui.directory.tabAccess') },
  ] as const;
  return (
    <div className="tabs" role="tablist">
      {tabs.map((tab) => (
        <a key={tab.id} role="tab" aria-selected={tab.id === current} className={tab.id === current ? 'active' : ''} href={tab.href}>
          {tab.label}
        </a>
      ))}
    </div>
  );
}
