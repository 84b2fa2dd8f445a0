/**
 * DedupeConfig: everything the bureau may edit, as plain JSON-able data (the product will store its
 * edits and pass them to createEngine). Defaults are the seed-*.ts files. `compileConfig` turns the
 * pattern strings into RegExps once.
 */
import { type ElementDef, SEED_ELEMENTS } from './seed-elements';
import { SEED_NON_SYNONYMS } from './seed-non-synonyms';
import { SEED_FUNCTION_CONCEPTS } from './seed-concepts';
import {
  SEED_FIRST_PHASE,
  SEED_GENERIC_PATTERNS,
  SEED_ID_SUFFIX,
  SEED_LATER_PHASE,
  SEED_MORPHEMES,
  SEED_RESULT_ATTRIBUTE,
  SEED_REUSE,
  SEED_TOWN_DEPARTMENT,
} from './seed-naming';

export interface DedupeConfig {
  /** data-element dictionary: elements with kind, synonyms, owner hint */
  elements: ElementDef[];
  /** look-alike names that are different elements (联系电话 / 手机号码 …) */
  nonSynonyms: [string, string][];
  /** function-concept sets (派单 / 分拨 / 交办 …) */
  functionConcepts: string[][];
  /** interchangeable morphemes in element names (类型 / 类别 …) */
  morphemes: string[][];
  /** regex sources of the naming rules (see seed-naming.ts) */
  idSuffix: string;
  genericPatterns: string[];
  resultAttribute: string;
  laterPhase: string;
  firstPhase: string;
  reuse: string;
  townDepartment: string;
  /** the city's names removed from every text; derived from the department names when absent */
  cityNames?: string[];
}

export const DEFAULT_CONFIG: DedupeConfig = {
  elements: SEED_ELEMENTS,
  nonSynonyms: SEED_NON_SYNONYMS,
  functionConcepts: SEED_FUNCTION_CONCEPTS,
  morphemes: SEED_MORPHEMES,
  idSuffix: SEED_ID_SUFFIX,
  genericPatterns: SEED_GENERIC_PATTERNS,
  resultAttribute: SEED_RESULT_ATTRIBUTE,
  laterPhase: SEED_LATER_PHASE,
  firstPhase: SEED_FIRST_PHASE,
  reuse: SEED_REUSE,
  townDepartment: SEED_TOWN_DEPARTMENT,
};

/** The config with its patterns compiled. */
export interface CompiledConfig {
  raw: DedupeConfig;
  idSuffix: RegExp;
  generic: RegExp[];
  resultAttribute: RegExp;
  laterPhase: RegExp;
  firstPhase: RegExp;
  reuse: RegExp;
  townDepartment: RegExp;
  morphemes: [RegExp, string][];
}

export function compileConfig(partial: Partial<DedupeConfig> = {}): CompiledConfig {
  const raw: DedupeConfig = { ...DEFAULT_CONFIG, ...partial };
  const re = (s: string) => new RegExp(s, 'u');
  return {
    raw,
    idSuffix: re(raw.idSuffix),
    generic: raw.genericPatterns.map(re),
    resultAttribute: re(raw.resultAttribute),
    laterPhase: re(raw.laterPhase),
    firstPhase: re(raw.firstPhase),
    reuse: re(raw.reuse),
    townDepartment: re(raw.townDepartment),
    morphemes: raw.morphemes.flatMap((set) => set.slice(1).map((v) => [new RegExp(v, 'gu'), set[0]!] as [RegExp, string])),
  };
}
