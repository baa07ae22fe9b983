import { weightedPicker, type Random, type WeightedList } from './random.js';

/**
 * Synthetic people's names. Weights roughly follow how common a name is among working-age
 * adults in Finland; the lists are common names only, so no real person is described.
 */
const finnishFemale = parseWeightedNames(`
  Anna 30, Laura 24, Hanna 22, Sari 20, Tiina 20, Minna 20, Johanna 18, Jenni 18, Sanna 18, Anne 16, Riikka 16,
  Heidi 16, Päivi 14, Katja 14, Elina 14, Satu 14, Niina 14, Mari 14, Noora 14, Emma 14, Emilia 12, Sara 12,
  Julia 12, Anu 12, Kirsi 12, Marja 10, Pirjo 10, Merja 10, Tarja 10, Susanna 10, Sofia 10, Aino 10, Ella 10,
  Venla 10, Iida 10, Jaana 10, Suvi 10, Milla 10, Henna 10, Tanja 10, Kaisa 8, Paula 8, Maarit 8, Essi 8,
  Terhi 8, Outi 8, Heli 8, Veera 8, Linda 8, Saara 8, Oona 8, Pauliina 8, Jonna 8, Katri 8, Krista 8, Virpi 8,
  Elisa 8, Nea 6, Eveliina 6, Helmi 4
`);

const finnishMale = parseWeightedNames(`
  Juha 30, Mikko 26, Timo 24, Matti 22, Antti 22, Jari 20, Mika 20, Kari 18, Jukka 18, Janne 18, Sami 16,
  Ville 16, Marko 16, Teemu 16, Pekka 14, Petri 14, Tuomas 14, Jussi 14, Jani 14, Ari 14, Markku 12, Hannu 12,
  Lauri 12, Aleksi 12, Tommi 12, Toni 12, Olli 12, Joonas 12, Niko 12, Pasi 12, Heikki 10, Joni 10, Esa 10,
  Eetu 10, Vesa 10, Kimmo 10, Henri 10, Valtteri 10, Samuli 10, Jesse 10, Harri 8, Jarmo 8, Risto 8, Kalle 8,
  Arto 8, Jouni 8, Eero 8, Elias 8, Oskari 8, Riku 8, Aki 8, Mikael 8, Ilkka 6, Lassi 6, Onni 6, Leo 6,
  Tapio 6, Jyrki 6, Seppo 6, Topi 6
`);

/** Includes names typical of Northern Ostrobothnia, Kainuu and Lapland. */
const finnishSurnames = parseWeightedNames(`
  Korhonen 20, Heikkinen 18, Kemppainen 18, Juntunen 16, Virtanen 16, Mäkinen 12, Nieminen 12, Mäkelä 10,
  Hämäläinen 12, Laine 10, Koskinen 10, Järvinen 10, Lehtonen 10, Lehtinen 8, Saarinen 8, Salminen 8,
  Heinonen 8, Niemi 10, Heikkilä 10, Kinnunen 14, Salonen 8, Turunen 8, Salo 8, Laitinen 8, Tuominen 8,
  Rantanen 8, Karjalainen 10, Jokinen 8, Mattila 8, Savolainen 8, Lahtinen 8, Ahonen 8, Pesonen 8, Hiltunen 12,
  Väisänen 10, Huttunen 10, Partanen 8, Pelkonen 8, Kauppinen 8, Tolonen 8, Leinonen 8, Moilanen 12, Pietilä 6,
  Keränen 12, Ylitalo 8, Määttä 14, Hyvönen 8, Kangas 10, Kukkonen 6, Pulkkinen 8, Rautio 10, Seppänen 8,
  Kärkkäinen 6, Jokela 8, Vähäkangas 6, Karvonen 8, Ojala 8, Pikkarainen 10, Rytkönen 6, Tervo 8, Niskanen 8,
  Väyrynen 10, Rova 6, Kurtti 6, Aikio 4, Hietala 6, Kantola 6, Ollila 6, Lantto 4, Kumpula 6, Puurunen 6,
  Honkanen 6, Vänttilä 4, Sarajärvi 6, Kivelä 6, Paananen 8, Oikarinen 8, Kallio 8, Haapala 6, Suopanki 4
`);

/** 'Anna 30, Laura 24' -> [['Anna', 30], ['Laura', 24]]: long name lists stay readable and compact. */
function parseWeightedNames(text: string): WeightedList<string> {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^(\S+) (\d+)$/.exec(entry);
      if (!match) throw new Error(`bad weighted name '${entry}'`);
      return [match[1] as string, Number(match[2])] as const;
    });
}

type NameSet = {
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  /** Russian surnames take a feminine ending. */
  feminineSurname?: (surname: string) => string;
};

const otherNames: Record<Exclude<MotherTongue, 'fi'>, NameSet> = {
  sv: {
    female: ['Anna', 'Maria', 'Sofia', 'Emma', 'Ida', 'Elin', 'Linnea', 'Johanna', 'Karin', 'Matilda', 'Sara', 'Julia'],
    male: ['Johan', 'Anders', 'Mikael', 'Erik', 'Fredrik', 'Oskar', 'Jonas', 'Henrik', 'Daniel', 'Patrik', 'Lucas', 'Viktor'],
    surnames: [
      'Johansson',
      'Lindholm',
      'Nyström',
      'Lindqvist',
      'Andersson',
      'Karlsson',
      'Holmström',
      'Forsman',
      'Sundström',
      'Björklund',
      'Wikström',
      'Eriksson',
    ],
  },
  so: {
    female: ['Fadumo', 'Hodan', 'Amina', 'Hawa', 'Sahra', 'Ayaan', 'Asha', 'Ifrah', 'Nasra', 'Khadra', 'Hibo', 'Deeqa'],
    male: ['Abdirahman', 'Mohamed', 'Ahmed', 'Abdullahi', 'Hassan', 'Hussein', 'Ali', 'Yusuf', 'Omar', 'Abdi', 'Mahad', 'Liban'],
    surnames: ['Mohamed', 'Ali', 'Hassan', 'Abdi', 'Warsame', 'Farah', 'Jama', 'Osman', 'Yusuf', 'Ahmed', 'Hersi', 'Nur'],
  },
  ar: {
    female: ['Fatima', 'Zainab', 'Maryam', 'Noor', 'Rania', 'Huda', 'Layla', 'Amira', 'Sara', 'Yasmin', 'Aya', 'Rasha'],
    male: ['Ahmad', 'Mohammad', 'Ali', 'Hussein', 'Omar', 'Khaled', 'Mustafa', 'Yousef', 'Ibrahim', 'Hassan', 'Karim', 'Sami'],
    surnames: ['Al-Hassan', 'Khalil', 'Haddad', 'Ibrahim', 'Saleh', 'Mahmoud', 'Al-Saadi', 'Abbas', 'Hamdan', 'Jaber', 'Nasser', 'Kareem'],
  },
  ru: {
    female: ['Olga', 'Tatiana', 'Natalia', 'Elena', 'Irina', 'Svetlana', 'Anna', 'Ekaterina', 'Maria', 'Julia', 'Anastasia', 'Ksenia'],
    male: ['Sergei', 'Aleksandr', 'Dmitri', 'Andrei', 'Aleksei', 'Ivan', 'Mikhail', 'Nikolai', 'Vladimir', 'Pavel', 'Maksim', 'Artem'],
    surnames: [
      'Ivanov',
      'Smirnov',
      'Kuznetsov',
      'Popov',
      'Vasiliev',
      'Petrov',
      'Sokolov',
      'Mikhailov',
      'Novikov',
      'Fedorov',
      'Morozov',
      'Volkov',
    ],
    feminineSurname: (surname) => `${surname}a`,
  },
  uk: {
    female: [
      'Olena',
      'Oksana',
      'Iryna',
      'Nataliia',
      'Tetiana',
      'Yuliia',
      'Kateryna',
      'Anastasiia',
      'Viktoriia',
      'Svitlana',
      'Halyna',
      'Mariia',
    ],
    male: ['Oleksandr', 'Andrii', 'Serhii', 'Volodymyr', 'Dmytro', 'Oleh', 'Mykola', 'Yurii', 'Vasyl', 'Ivan', 'Bohdan', 'Taras'],
    surnames: [
      'Shevchenko',
      'Kovalenko',
      'Bondarenko',
      'Tkachenko',
      'Kravchenko',
      'Melnyk',
      'Boiko',
      'Koval',
      'Oliinyk',
      'Shevchuk',
      'Polishchuk',
      'Lysenko',
    ],
  },
  en: {
    female: ['Grace', 'Mary', 'Joy', 'Sarah', 'Emily', 'Faith', 'Esther', 'Rose'],
    male: ['John', 'David', 'Michael', 'Daniel', 'James', 'Samuel', 'Peter', 'Joseph'],
    surnames: ['Smith', 'Johnson', 'Okafor', 'Santos', 'Reyes', 'Williams', 'Brown', 'Adeyemi', 'Mensah', 'Cruz'],
  },
};

export type MotherTongue = 'fi' | 'sv' | 'so' | 'ar' | 'ru' | 'uk' | 'en';

/**
 * Shares of clients by mother tongue. Immigrants are over-represented among employment-service
 * clients compared with the population of Northern Finland.
 */
export const pickMotherTongue = weightedPicker<MotherTongue>([
  ['fi', 84],
  ['sv', 3],
  ['so', 2],
  ['ar', 3],
  ['ru', 3],
  ['uk', 3],
  ['en', 2],
]);

const pickFinnishFemale = weightedPicker(finnishFemale);
const pickFinnishMale = weightedPicker(finnishMale);
const pickFinnishSurname = weightedPicker(finnishSurnames);

export type PersonName = { firstName: string; lastName: string };

export function pickName(random: Random, motherTongue: MotherTongue, sex: 'female' | 'male'): PersonName {
  if (motherTongue === 'fi') {
    return {
      firstName: sex === 'female' ? pickFinnishFemale(random) : pickFinnishMale(random),
      lastName: pickFinnishSurname(random),
    };
  }
  const names = otherNames[motherTongue];
  const surname = random.pick(names.surnames);
  return {
    firstName: random.pick(sex === 'female' ? names.female : names.male),
    lastName: sex === 'female' && names.feminineSurname ? names.feminineSurname(surname) : surname,
  };
}

/** Staff are Finnish-speaking in these demo organisations. */
export function pickStaffName(random: Random): PersonName {
  return pickName(random, 'fi', random.chance(0.7) ? 'female' : 'male');
}

/** 'Päivi Määttä-Ylitalo' -> 'paivi.maatta-ylitalo': e-mail local parts without diacritics. */
export function emailLocalPart(name: PersonName): string {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[äå]/g, 'a')
      .replace(/ö/g, 'o')
      .normalize('NFD')
      .replace(/[^a-z-]/g, '');
  return `${plain(name.firstName)}.${plain(name.lastName)}`;
}
