import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Locale } from '../../../contract/common.js';
import { helsinki } from '../../time.js';

type MailWords = {
  subject: (title: string) => string;
  reminderSubject: (title: string) => string;
  greeting: string;
  invitation: (organisation: string) => string;
  reminder: (organisation: string) => string;
  link: string;
  expires: (date: string) => string;
  privacy: string;
  noReply: string;
};

/** The invitation and reminder mail. They name the organisation, never the person or their service. */
const words: Record<Locale, MailWords> = {
  fi: {
    subject: (title) => `${title}: kerro mielipiteesi`,
    reminderSubject: (title) => `Muistutus – ${title}`,
    greeting: 'Hei!',
    invitation: (organisation) => `${organisation} pyytää palautettasi. Vastaaminen vie pari minuuttia.`,
    reminder: (organisation) => `${organisation} pyysi palautettasi viikko sitten. Ehdit vielä vastata.`,
    link: 'Vastaa tästä:',
    expires: (date) => `Linkki on voimassa ${date} asti, ja sillä voi vastata kerran.`,
    privacy: 'Vastauksiasi ei yhdistetä nimeesi raporteissa.',
    noReply: 'Tähän viestiin ei voi vastata.',
  },
  sv: {
    subject: (title) => `${title}: berätta vad du tycker`,
    reminderSubject: (title) => `Påminnelse – ${title}`,
    greeting: 'Hej!',
    invitation: (organisation) => `${organisation} ber om din respons. Det tar ett par minuter att svara.`,
    reminder: (organisation) => `${organisation} bad om din respons för en vecka sedan. Du hinner ännu svara.`,
    link: 'Svara här:',
    expires: (date) => `Länken gäller till ${date} och kan användas för ett svar.`,
    privacy: 'Dina svar kopplas inte till ditt namn i rapporterna.',
    noReply: 'Det går inte att svara på det här meddelandet.',
  },
  en: {
    subject: (title) => `${title}: tell us what you think`,
    reminderSubject: (title) => `Reminder – ${title}`,
    greeting: 'Hello,',
    invitation: (organisation) => `${organisation} asks for your feedback. Answering takes a couple of minutes.`,
    reminder: (organisation) => `${organisation} asked for your feedback a week ago. There is still time to answer.`,
    link: 'Answer here:',
    expires: (date) => `The link is valid until ${date} and can be used to answer once.`,
    privacy: 'Your answers are not linked to your name in reports.',
    noReply: 'Please do not reply to this message.',
  },
};

export function composeSurveyMail(input: {
  purpose: 'invitation' | 'reminder';
  language: Locale;
  title: string;
  organisationName: string;
  link: string;
  expiresAt: Date;
}): { subject: string; text: string } {
  const w = words[input.language];
  // The last day the link works, as a Helsinki calendar date.
  const lastDay = format(new TZDate(input.expiresAt.getTime() - 1, helsinki), 'd.M.yyyy');
  const opening = input.purpose === 'invitation' ? w.invitation(input.organisationName) : w.reminder(input.organisationName);
  return {
    subject: input.purpose === 'invitation' ? w.subject(input.title) : w.reminderSubject(input.title),
    text: [w.greeting, '', opening, '', w.link, input.link, '', w.expires(lastDay), w.privacy, '', w.noReply].join('\n'),
  };
}
