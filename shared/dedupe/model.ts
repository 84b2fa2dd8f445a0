/**
 * DedupeModel: every fitted number of the engine, as plain JSON data (model-defaults.ts ships one
 * fitted on the whole dev set; fit.ts fits one from any labelled folder).
 */
import type { PairModel } from './pair-model';
import type { RecollectionModel } from './recollection';
import type { SynonymModel } from './synonyms';

export interface DedupeModel {
  version: 1;
  /** what it was fitted on (folder name, counts), for people reading the defaults file */
  fittedOn: string;
  synonyms: SynonymModel;
  recollection: RecollectionModel;
  pairs: PairModel;
}
