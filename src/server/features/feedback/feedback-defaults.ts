import type { SurveyKind, TemplateContent } from '../../../contract/feedback.js';

/** The shipped wording. An organisation's managers may rewrite it (the figures asked stay the same). */
const jobSeeker: TemplateContent = {
  texts: {
    fi: {
      title: 'Palaute palvelusta',
      intro:
        'Palvelusi on päättynyt. Kerro, miten onnistuimme – vastaaminen vie pari minuuttia, eikä vastauksiasi yhdistetä nimeesi raporteissa.',
      questions: {
        recommend: 'Kuinka todennäköisesti suosittelisit palvelua ystävällesi? (0 = en lainkaan, 10 = erittäin todennäköisesti)',
        grade: 'Minkä kouluarvosanan antaisit palvelun hyödystä sinulle? (4–10)',
        helpedMost: 'Mikä auttoi sinua eniten?',
        effectiveness: 'Kuinka vaikuttavaa tuki oli? (0–10)',
        freeText: 'Mitä muuta haluat sanoa?',
      },
      thanks: 'Kiitos vastauksestasi! Palautteesi auttaa kehittämään palvelua.',
    },
    sv: {
      title: 'Respons om tjänsten',
      intro:
        'Din tjänst har avslutats. Berätta hur vi lyckades – det tar ett par minuter och dina svar kopplas inte till ditt namn i rapporterna.',
      questions: {
        recommend: 'Hur sannolikt är det att du skulle rekommendera tjänsten till en vän? (0 = inte alls, 10 = mycket sannolikt)',
        grade: 'Vilket skolvitsord skulle du ge tjänstens nytta för dig? (4–10)',
        helpedMost: 'Vad hjälpte dig mest?',
        effectiveness: 'Hur effektivt var stödet? (0–10)',
        freeText: 'Vill du säga något mer?',
      },
      thanks: 'Tack för ditt svar! Din respons hjälper oss att utveckla tjänsten.',
    },
    en: {
      title: 'Feedback on the service',
      intro:
        'Your service has ended. Tell us how we did – it takes a couple of minutes, and your answers are not linked to your name in reports.',
      questions: {
        recommend: 'How likely are you to recommend the service to a friend? (0 = not at all, 10 = extremely likely)',
        grade: 'What school grade would you give the benefit of the service to you? (4–10)',
        helpedMost: 'What helped you most?',
        effectiveness: 'How effective was the support? (0–10)',
        freeText: 'Anything else you would like to say?',
      },
      thanks: 'Thank you for your answer! Your feedback helps us improve the service.',
    },
  },
  choices: [
    {
      key: 'coach_support',
      labels: { fi: 'Valmentajan tuki ja kannustus', sv: 'Coachens stöd och uppmuntran', en: 'The coach’s support and encouragement' },
    },
    { key: 'job_search', labels: { fi: 'Apu työnhaussa', sv: 'Hjälp med jobbsökningen', en: 'Help with the job search' } },
    { key: 'employer_contacts', labels: { fi: 'Yhteydet työnantajiin', sv: 'Kontakter till arbetsgivare', en: 'Contacts with employers' } },
    { key: 'skills', labels: { fi: 'Osaamisen tunnistaminen', sv: 'Att känna igen min kompetens', en: 'Recognising my skills' } },
    { key: 'studies', labels: { fi: 'Ohjaus opiskeluun', sv: 'Vägledning till studier', en: 'Guidance to studies' } },
    { key: 'in_work_support', labels: { fi: 'Tuki työn alkaessa', sv: 'Stöd när arbetet började', en: 'Support when the job started' } },
  ],
};

const employer: TemplateContent = {
  texts: {
    fi: {
      title: 'Työnantajapalaute',
      intro: 'Teimme yhteistyötä kanssanne rekrytoinnissa ja työn tukemisessa. Kerro, miten tuki toimi – vastaaminen vie pari minuuttia.',
      questions: {
        recommend: 'Kuinka todennäköisesti suosittelisit palvelua toiselle työnantajalle? (0–10)',
        grade: 'Minkä kouluarvosanan antaisit palvelulle? (4–10)',
        helpedMost: 'Mikä auttoi eniten?',
        effectiveness: 'Kuinka vaikuttavaa saamanne tuki oli? (0 = ei lainkaan, 10 = erittäin vaikuttavaa)',
        freeText: 'Mitä muuta haluat kertoa?',
      },
      thanks: 'Kiitos palautteesta! Se auttaa meitä tukemaan työnantajia paremmin.',
    },
    sv: {
      title: 'Respons från arbetsgivare',
      intro: 'Vi har samarbetat med er i rekrytering och stöd i arbetet. Berätta hur stödet fungerade – det tar ett par minuter.',
      questions: {
        recommend: 'Hur sannolikt är det att du skulle rekommendera tjänsten till en annan arbetsgivare? (0–10)',
        grade: 'Vilket skolvitsord skulle du ge tjänsten? (4–10)',
        helpedMost: 'Vad hjälpte mest?',
        effectiveness: 'Hur effektivt var stödet ni fick? (0 = inte alls, 10 = mycket effektivt)',
        freeText: 'Vill du berätta något mer?',
      },
      thanks: 'Tack för responsen! Den hjälper oss att stödja arbetsgivare bättre.',
    },
    en: {
      title: 'Employer feedback',
      intro: 'We have worked with you on recruitment and support at work. Tell us how the support worked – it takes a couple of minutes.',
      questions: {
        recommend: 'How likely are you to recommend the service to another employer? (0–10)',
        grade: 'What school grade would you give the service? (4–10)',
        helpedMost: 'What helped most?',
        effectiveness: 'How effective was the support you received? (0 = not at all, 10 = extremely effective)',
        freeText: 'Anything else you would like to tell us?',
      },
      thanks: 'Thank you for your feedback! It helps us support employers better.',
    },
  },
  choices: [],
};

export const defaultTemplates: Record<SurveyKind, TemplateContent> = { job_seeker: jobSeeker, employer };
