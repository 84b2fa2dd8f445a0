import type { citywideUiZhCN } from './ui-citywide-zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const citywideUiEn: DeepStrings<typeof citywideUiZhCN> = {
  tabs: { scan: 'City-wide scan', hotspots: 'Multi-collected data' },
  scan: {
    hint: 'Compares every declared IT project in the city and groups projects that duplicate each other into clusters (any two projects of a cluster are linked by duplicate pairs).',
    start: 'Start scan',
    rescan: 'Scan again',
    scanning: 'Scanning…',
    progress: '{{done}} of {{total}} projects compared',
    never: 'No city-wide scan yet. A scan compares every declared project and can take tens of seconds at full size.',
    lastRun: 'Last scan: {{at}}, {{projects}} projects in {{seconds}} s; {{clusters}} clusters of duplicate construction, {{pairs}} related pairs',
    stale: 'Projects changed since this scan; the result may be out of date. Scan again to refresh it.',
    done: 'Scan done: {{clusters}} clusters of duplicate construction',
    searchHint: 'Project no., project name',
    filter: { label: 'Strongest relation' },
    col: { size: 'Projects', projects: 'Project list', departments: 'Departments', topLabel: 'Strongest relation', topScore: 'Top similarity' },
    more: '{{count}} in all',
    exported: 'Exported {{count}} clusters ({{file}})',
    forbidden: 'The city-wide scan is open to bureau staff, auditors and administrators.',
  },
  hotspots: {
    hint: 'Data elements (grouped by the data-element dictionary and synonyms) collected by two or more departments, from published directory resources and declared projects.',
    searchHint: 'Element, name variant, department',
    filter: { kind: 'Kind', department: 'Collected by' },
    kind: { key: 'Key element', generic: 'Generic field' },
    col: { element: 'Data element', departments: 'Departments', departmentNames: 'Collected by', resources: 'Resources', projects: 'Projects', names: 'Name variants' },
    resourcesMore: '{{count}} resources in all',
    hidden: '{{count}} more not listed (only resources whose data items you may see, 50 at most)',
    exported: 'Exported {{count}} data elements ({{file}})',
  },
};
