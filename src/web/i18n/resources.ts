import { locales, type Locale } from '../../contract/common';
import * as auth from '../auth/texts';
import * as about from '../features/about/texts';
import * as admin from '../features/admin/texts';
import * as audit from '../features/audit/texts';
import * as clientImport from '../features/client-import/texts';
import * as caseload from '../features/caseload/texts';
import * as newClient from '../features/new-client/texts';
import * as team from '../features/team/texts';
import * as client from '../features/client/texts';
import * as competenceProfile from '../features/client/competence-profile/texts';
import * as employers from '../features/employers/texts';
import * as employerImport from '../features/employers/import/texts';
import * as opportunities from '../features/opportunities/texts';
import * as proposals from '../features/proposals/texts';
import * as placements from '../features/placements/texts';
import * as assignments from '../features/assignments/texts';
import * as dashboard from '../features/dashboard/texts';
import * as fidelity from '../features/fidelity/texts';
import * as benefitFinancing from '../features/benefit-financing/texts';
import * as feedback from '../features/feedback/texts';
import * as esf from '../features/esf/texts';
import * as tasks from '../features/follow-up-tasks/texts';
import * as matching from '../features/matching/texts';
import * as groups from '../features/groups/texts';
import * as common from './common';
import * as errors from './errors';
import type { NamespaceTexts } from './types';

/**
 * Every translation namespace: one line per feature, texts kept next to the feature in texts.ts.
 * Use a namespace with useTranslation('name') or a prefixed key: t('name:key').
 */
const namespaces = {
  common,
  errors,
  auth,
  about,
  caseload,
  team,
  newClient,
  client,
  competenceProfile,
  admin,
  audit,
  clientImport,
  employers,
  employerImport,
  opportunities,
  proposals,
  placements,
  assignments,
  dashboard,
  fidelity,
  benefitFinancing,
  feedback,
  esf,
  tasks,
  matching,
  groups,
} satisfies Record<string, NamespaceTexts>;

export type Namespace = keyof typeof namespaces;

/** The Finnish texts give every key its type; see i18next.d.ts. */
export type SourceResources = { [Name in Namespace]: (typeof namespaces)[Name]['fi'] };

export const namespaceNames = Object.keys(namespaces) as Namespace[];

export const resources = Object.fromEntries(
  locales.map((language) => [language, Object.fromEntries(namespaceNames.map((name) => [name, namespaces[name][language]]))]),
) as Record<Locale, Record<Namespace, object>>;
