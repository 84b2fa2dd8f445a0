import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';

export type ReviewView = 'reports' | 'scan' | 'hotspots';

/** 审查: 待审报告, and the city-wide views 全市扫描 and 多头采集. */
export function ReviewTabs({ current }: { current: ReviewView }) {
  const { t } = useTranslation();
  const tabs = [
    { id: 'reports', href: '#/review', label: t('ui.review.tabs.reports') },
    { id: 'scan', href: '#/review/scan', label: t('ui.citywide.tabs.scan') },
    { id: 'hotspots', href: '#/review/hotspots', label: t('ui.citywide.tabs.hotspots') },
  ];
  return <Tabs tabs={tabs} current={current} label={t('ui.review.tabs.label')} />;
}
