/** Employer cooperation vocabulary. Request and response schemas are added beside these. */

/** Relationship stage: identified → contacted → met → cooperating → recruited through us. */
export const employerStages = ['identified', 'contacted', 'met', 'cooperating', 'recruited'] as const;
export type EmployerStage = (typeof employerStages)[number];

/** Statistics Finland's size classes by personnel. */
export const employerSizeClasses = ['micro', 'small', 'medium', 'large', 'unknown'] as const;
export const economySectors = ['private', 'public', 'third_sector'] as const;

/** TOL 2008 main classes (sections). Their names in fi/sv/en come from the reference data. */
export const industrySections = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type IndustrySection = (typeof industrySections)[number];

export const contactChannels = ['email', 'phone', 'text_message', 'visit'] as const;

/** Visits at the workplace are the IPS norm; meetings elsewhere and events are personal meetings too. */
export const employerInteractionKinds = ['workplace_visit', 'meeting', 'event', 'call', 'email', 'video_meeting'] as const;
export type EmployerInteractionKind = (typeof employerInteractionKinds)[number];
export const inPersonInteractionKinds: readonly EmployerInteractionKind[] = ['workplace_visit', 'meeting', 'event'];
