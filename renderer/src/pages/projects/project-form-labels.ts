import { ITEM_LABELS, pathLabeller } from '../directory/issue-labels';

const F = 'ui.projectForm';

/** A field path of the declaration form (`budget`, `systems.1.name`, `provides.0.draft.classCode`) by the form's labels. */
export const projectPathLabel = pathLabeller({
  fields: {
    name: `${F}.name`,
    departmentId: `${F}.department`,
    type: `${F}.type`,
    year: `${F}.year`,
    budget: `${F}.budget`,
    fundingSource: `${F}.fundingSource`,
    content: `${F}.content`,
    systems: `${F}.sectionSystems`,
    dataItems: `${F}.sectionItems`,
    consumes: `${F}.sectionConsumes`,
    provides: `${F}.sectionProvides`,
  },
  rows: {
    systems: { row: `${F}.systemRow`, fields: { name: `${F}.systemName`, functions: `${F}.functions` } },
    dataItems: { row: `${F}.itemRow`, fields: ITEM_LABELS },
    consumes: { row: `${F}.consumeRow`, fields: { resourceId: `${F}.resource`, purpose: `${F}.purpose` } },
    provides: {
      row: `${F}.provideRow`,
      fields: {
        resourceId: `${F}.resource`,
        shareType: `${F}.promisedShareType`,
        'draft.name': `${F}.draft.name`,
        'draft.classCode': `${F}.draft.classCode`,
        'draft.summary': `${F}.draft.summary`,
        'draft.format': `${F}.draft.format`,
        'draft.shareMethod': `${F}.draft.shareMethod`,
        'draft.openType': `${F}.draft.openType`,
        'draft.updateCycle': `${F}.draft.updateCycle`,
      },
    },
  },
  nth: 'ui.entry.nth',
});
