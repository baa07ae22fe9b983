import type { outcomes } from '../../../../contract/enrolments.js';
import type { placementTypes } from '../../../../contract/placements.js';
import type { LocalisedText } from '../../../../contract/reports.js';
import { text } from './indicator.js';

/** Breakdown labels travel with the figures, so the XLSX and PDF reports name them like the UI does. */
export const outcomeLabels: Record<(typeof outcomes)[number], LocalisedText> = {
  work: text('Työssä', 'I arbete', 'In work'),
  education: text('Koulutuksessa', 'I utbildning', 'In education'),
  entrepreneurship: text('Yrittäjänä', 'Företagare', 'Entrepreneur'),
  rehabilitation: text('Kuntoutuksessa', 'I rehabilitering', 'In rehabilitation'),
  pension: text('Eläkkeellä', 'Pensionerad', 'Retired'),
  sick_leave: text('Sairauslomalla', 'Sjukledig', 'On sick leave'),
  outside_working_life_other: text(
    'Työelämän ulkopuolella muusta syystä',
    'Utanför arbetslivet av annan orsak',
    'Outside working life for another reason',
  ),
  moved_away: text('Muuttanut pois alueelta', 'Flyttat bort från området', 'Moved away from the region'),
  job_seeking: text('Työnhakijana', 'Arbetssökande', 'Seeking work'),
};

export const placementTypeLabels: Record<(typeof placementTypes)[number], LocalisedText> = {
  employment: text('Työsuhde', 'Anställning', 'Employment'),
  work_trial: text('Työkokeilu', 'Arbetsprövning', 'Work trial'),
  pay_subsidy_job: text('Palkkatuettu työ', 'Arbete med lönesubvention', 'Pay-subsidy job'),
  apprenticeship: text('Oppisopimus', 'Läroavtal', 'Apprenticeship'),
  summer_job: text('Kesätyö', 'Sommarjobb', 'Summer job'),
};

export const funnelLabels: Record<'proposed' | 'interview' | 'hired', LocalisedText> = {
  proposed: text('Ehdotettu', 'Föreslagna', 'Proposed'),
  interview: text('Haastatteluun', 'Till intervju', 'Interviewed'),
  hired: text('Palkattu', 'Anställda', 'Hired'),
};

/** Work, education and entrepreneurship: the seeds' headline result ("over 50 % at the end"). */
export const positiveOutcomes = ['work', 'education', 'entrepreneurship'] as const;
