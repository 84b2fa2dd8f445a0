import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';

export type ReviewView = 'reports';

/** 审查 › 待审报告 (the city-wide scan and 多头采集 join these tabs later). */
export function ReviewTabs({ current }: { current: ReviewView }) {
  const { t } = useTranslation();
  const tabs = [{ id: 'reports', href: '#/review', label: t('ui.review.tabs.reports') }];
  return <Tabs tabs={tabs} current={current} label={t('ui.review.tabs.label')} />;
}
