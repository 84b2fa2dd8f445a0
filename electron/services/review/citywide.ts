/** The city-wide views of the duplicate-construction review (issue 5 §3): 全市扫描 and 多头采集, and their exports. */
export { clusterPage, pairPage, scanCity } from './citywide-scan';
export { hotspots } from './citywide-hotspots';
export { exportCitywide, type CitywideExportOptions } from './citywide-export';
