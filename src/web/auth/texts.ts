import type { DeepStringRecord } from '../i18n/types';

export const fi = {
  login: {
    title: 'Kirjaudu sisään',
    intro: 'Kirjaudu Polkuun organisaatiosi antamalla sähköpostiosoitteella ja salasanalla.',
    email: 'Sähköpostiosoite',
    password: 'Salasana',
    submit: 'Kirjaudu sisään',
    failed: 'Sähköpostiosoite tai salasana on väärin.',
    about: 'Mikä Polku on? Tietoa palvelusta',
  },
  totp: {
    title: 'Kaksivaiheinen tunnistautuminen',
    intro: 'Avaa puhelimesi todennussovellus ja kirjoita sen näyttämä kuusinumeroinen koodi.',
    code: 'Vahvistuskoodi',
    codeHint: 'Kuusi numeroa',
    invalidCode: 'Koodi on väärin tai vanhentunut. Kirjoita todennussovelluksen näyttämä kuusinumeroinen koodi.',
    failed: 'Koodi on väärin tai vanhentunut. Odota uutta koodia ja yritä uudelleen.',
    submit: 'Vahvista',
    cancel: 'Peruuta ja kirjaudu ulos',
  },
  totpSetup: {
    title: 'Ota kaksivaiheinen tunnistautuminen käyttöön',
    intro:
      'Pääkäyttäjän tunnukset suojataan salasanan lisäksi puhelimen todennussovelluksen koodilla. Ota tunnistautuminen käyttöön ennen kuin jatkat.',
    stepsLabel: 'Käyttöönoton vaiheet',
    stepApp:
      'Asenna puhelimeesi todennussovellus, joka tukee TOTP-koodeja, esimerkiksi Microsoft Authenticator, Google Authenticator tai FreeOTP.',
    stepSecret: 'Lisää sovellukseen uusi tili ja kirjoita sille alla oleva avain. Välilyönnit voi jättää pois.',
    secret: 'Avain',
    openInApp: 'Jos luet tätä puhelimella, voit avata avaimen suoraan todennussovelluksessa.',
    openInAppLink: 'Avaa todennussovelluksessa',
    stepCode: 'Kirjoita sovelluksen näyttämä kuusinumeroinen koodi ja vahvista.',
    keepSecret: 'Älä näytä avainta muille äläkä tallenna sitä muualle kuin todennussovellukseen.',
    submit: 'Ota käyttöön',
  },
  password: {
    title: 'Vaihda salasana',
    intro: 'Valitse salasana, jota et käytä muissa palveluissa.',
    current: 'Nykyinen salasana',
    new: 'Uusi salasana',
    newHint: 'Vähintään {{minimum, number}} merkkiä. Pitkä salasanalause on helppo muistaa ja vaikea arvata.',
    confirmation: 'Uusi salasana uudelleen',
    mismatch: 'Salasanat eivät ole samat.',
    submit: 'Vaihda salasana',
    changed: 'Salasana on vaihdettu.',
  },
} as const;

type Shape = DeepStringRecord<typeof fi>;

export const sv: Shape = {
  login: {
    title: 'Logga in',
    intro: 'Logga in i Polku med den e-postadress och det lösenord som din organisation gett dig.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    failed: 'E-postadressen eller lösenordet är fel.',
    about: 'Vad är Polku? Om tjänsten',
  },
  totp: {
    title: 'Tvåstegsverifiering',
    intro: 'Öppna autentiseringsappen i din telefon och skriv in den sexsiffriga kod som den visar.',
    code: 'Verifieringskod',
    codeHint: 'Sex siffror',
    invalidCode: 'Koden är fel eller har gått ut. Skriv in den sexsiffriga koden som autentiseringsappen visar.',
    failed: 'Koden är fel eller har gått ut. Vänta på en ny kod och försök igen.',
    submit: 'Bekräfta',
    cancel: 'Avbryt och logga ut',
  },
  totpSetup: {
    title: 'Ta i bruk tvåstegsverifiering',
    intro:
      'Huvudanvändarens konto skyddas förutom med lösenord också med en kod från en autentiseringsapp i telefonen. Ta verifieringen i bruk innan du fortsätter.',
    stepsLabel: 'Steg för att ta i bruk',
    stepApp:
      'Installera en autentiseringsapp som stöder TOTP-koder i din telefon, till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP.',
    stepSecret: 'Lägg till ett nytt konto i appen och skriv in nyckeln nedan. Mellanslagen kan lämnas bort.',
    secret: 'Nyckel',
    openInApp: 'Om du läser detta på telefonen kan du öppna nyckeln direkt i autentiseringsappen.',
    openInAppLink: 'Öppna i autentiseringsappen',
    stepCode: 'Skriv in den sexsiffriga koden som appen visar och bekräfta.',
    keepSecret: 'Visa inte nyckeln för andra och spara den inte någon annanstans än i autentiseringsappen.',
    submit: 'Ta i bruk',
  },
  password: {
    title: 'Byt lösenord',
    intro: 'Välj ett lösenord som du inte använder i andra tjänster.',
    current: 'Nuvarande lösenord',
    new: 'Nytt lösenord',
    newHint: 'Minst {{minimum, number}} tecken. En lång lösenordsfras är lätt att komma ihåg och svår att gissa.',
    confirmation: 'Nytt lösenord igen',
    mismatch: 'Lösenorden är inte likadana.',
    submit: 'Byt lösenord',
    changed: 'Lösenordet har bytts.',
  },
};

export const en: Shape = {
  login: {
    title: 'Log in',
    intro: 'Log in to Polku with the e-mail address and password given by your organisation.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    failed: 'The e-mail address or password is wrong.',
    about: 'What is Polku? About the service',
  },
  totp: {
    title: 'Two-factor authentication',
    intro: 'Open the authenticator app on your phone and enter the six-digit code it shows.',
    code: 'Verification code',
    codeHint: 'Six digits',
    invalidCode: 'The code is wrong or has expired. Enter the six-digit code shown by your authenticator app.',
    failed: 'The code is wrong or has expired. Wait for a new code and try again.',
    submit: 'Confirm',
    cancel: 'Cancel and log out',
  },
  totpSetup: {
    title: 'Set up two-factor authentication',
    intro:
      'Main user accounts are protected by a code from an authenticator app on your phone in addition to the password. Set it up before you continue.',
    stepsLabel: 'Set-up steps',
    stepApp:
      'Install an authenticator app that supports TOTP codes on your phone, for example Microsoft Authenticator, Google Authenticator or FreeOTP.',
    stepSecret: 'Add a new account in the app and enter the key below. You can leave out the spaces.',
    secret: 'Key',
    openInApp: 'If you are reading this on your phone, you can open the key directly in the authenticator app.',
    openInAppLink: 'Open in authenticator app',
    stepCode: 'Enter the six-digit code shown by the app and confirm.',
    keepSecret: 'Do not show the key to anyone or store it anywhere other than the authenticator app.',
    submit: 'Turn on',
  },
  password: {
    title: 'Change password',
    intro: 'Choose a password that you do not use in other services.',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least {{minimum, number}} characters. A long passphrase is easy to remember and hard to guess.',
    confirmation: 'New password again',
    mismatch: 'The passwords do not match.',
    submit: 'Change password',
    changed: 'Your password has been changed.',
  },
};
