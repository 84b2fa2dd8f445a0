import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { useSession } from '../app/session';
import { Tabs } from '../components/Tabs';

/** 设置 › 通用 / 部门 / 用户 / 审查词典 */
export function SettingsTabs({ current }: { current: Route }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const tabs: { route: Route; label: string }[] = [
    { route: 'settings', label: t('ui.nav.general') },
    { route: 'settings/departments', label: t('ui.nav.departments') },
    ...(user.role === 'admin' ? [{ route: 'settings/users' as Route, label: t('ui.nav.users') }] : []),
    { route: 'settings/dictionary', label: t('ui.dictionary.tab') },
  ];
  return <Tabs tabs={tabs.map((tab) => ({ id: tab.route, href: `#/${tab.route}`, label: tab.label }))} current={current} />;
}
