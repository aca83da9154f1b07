// Messages of the instruments and their command line. Merged into the one catalogue in nl.ts.
// `schema.*` keys are generic: any zod parse (files, IPC, imports) can use them through
// shared/schemas/zod-messages.ts. A `schema.problem.*` text completes the sentence of `schema.issue`
// (and of `schema.issueRoot`, whose subject is the file itself). Texts for the professional use "u".
export const instrumentMessages = {
  'schema.issue': 'Het veld "{path}" {problem}.',
  'schema.issueRoot': 'Het bestand {problem}.',
  'schema.issueRootObject':
    'Het bestand moet een JSON-object zijn: het begint met { en eindigt met }.',
  'schema.problem.required': 'ontbreekt',
  'schema.problem.expectedNumber': 'moet een getal zijn',
  'schema.problem.expectedInteger': 'moet een heel getal zijn',
  'schema.problem.expectedText': 'moet een tekst zijn',
  'schema.problem.expectedBoolean': 'moet true (ja) of false (nee) zijn',
  'schema.problem.expectedList': 'moet een lijst zijn, tussen [ en ]',
  'schema.problem.expectedObject': 'moet een groep velden zijn, tussen { en }',
  'schema.problem.expectedOther': 'heeft niet het goede soort waarde',
  'schema.problem.tooSmall': 'moet {minimum} of meer zijn',
  'schema.problem.tooBig': 'mag niet meer dan {maximum} zijn',
  'schema.problem.textEmpty': 'mag niet leeg zijn',
  'schema.problem.textTooShort': 'moet minstens {minimum} tekens hebben',
  'schema.problem.textTooLong': 'mag niet meer dan {maximum} tekens hebben',
  'schema.problem.listEmpty': 'moet minstens één onderdeel hebben',
  'schema.problem.listTooShort': 'moet minstens {minimum} onderdelen hebben',
  'schema.problem.listTooLong': 'mag niet meer dan {maximum} onderdelen hebben',
  'schema.problem.oneOf': 'moet een van deze waarden zijn: {values}',
  'schema.problem.numberRange': 'moet een getal van {min} tot {max} zijn',
  'schema.problem.id': 'moet een geldige id zijn (een UUID)',
  'schema.problem.date': 'moet een datum zijn, zoals 2024-05-01',
  'schema.problem.dateTime': 'moet een datum met tijd zijn, zoals 2024-05-01T10:00:00Z',
  'schema.problem.kebabId': 'mag alleen kleine letters, cijfers en streepjes hebben',
  'schema.problem.version': 'moet een versie zijn, zoals 1.0.0',
  'schema.problem.badFormat': 'heeft niet de goede vorm',
  'schema.problem.badKey': 'heeft een naam die niet klopt',
  'schema.problem.unknownField': 'kennen we niet. Haal dit veld weg of kijk of het goed gespeld is',
  'schema.problem.noMatchingShape': 'past bij geen van de mogelijke vormen',
  'schema.problem.invalid': 'klopt niet',
  'schema.problem.beforeCreatedAt': 'mag niet eerder zijn dan "createdAt"',
  'schema.problem.unknownInstrument': 'is geen instrument dat we kennen',
  'schema.problem.unknownVersion': 'is geen versie die we kennen van dit instrument',
  'schema.problem.kindMismatch': 'past niet bij het instrument. Hier hoort "{expected}"',
  'schema.problem.notInInstrument': 'hoort niet bij dit instrument',
  'schema.problem.duplicate': 'komt twee keer voor',
  'schema.problem.scoresOrItems': 'moet "scores" of "items" hebben, maar niet allebei',
  'schema.problem.unknownPerson': 'verwijst naar een persoon die niet in het bestand staat',
  'schema.problem.otherHousehold': 'hoort bij een ander huishouden dan "household.id"',
  'schema.problem.customFactorIncomplete':
    'is een eigen factor. Vul dan ook "label", "sphere" en "side" in',
  'schema.problem.catalogueMismatch':
    'past niet bij de lijst met factoren. Daar staat "{expected}"',
  'schema.problem.itemSetMissing':
    'noemt itemset "{itemSetId}". Die is niet geladen. Laad eerst de itemset, op de opdrachtregel met --item-set',
  'schema.problem.itemSetOtherInstrument': 'hoort bij een ander instrument of een andere versie',
  'schema.problem.dimensionWithoutItems':
    'mist items voor de dimensie "{dimensionId}". Elke dimensie heeft minstens één item nodig',
  'schema.problem.sizeOrder': 'moet {expected} zijn. De groottes lopen op, vanaf 1',
  'schema.problem.belowA': 'moet lager zijn dan "a"',
  'schema.problem.scaleOrder': 'moet lager zijn dan "max"',
  'schema.problem.levelsIncomplete': 'moet de niveaus 1, 2, 3 en 4 elk één keer hebben',
  'schema.problem.notPositieveGezondheid': 'moet een versie van Positieve Gezondheid zijn',
  'schema.problem.notBrug': 'moet "brug-naar-zelfredzaamheid" zijn',

  'instruments.cli.usage':
    'Gebruik: npm run -s cli -- instruments, of: npm run -s cli -- score <bestand.json> [--now JJJJ-MM-DD] [--item-set <bestand.json>]. Meer uitleg: npm run -s cli -- help',
  'instruments.cli.help': [
    'Keukentafel op de opdrachtregel: de instrumenten bekijken en uitkomsten berekenen.',
    '',
    'Gebruik:',
    '  npm run -s cli -- instruments',
    '      Toont alle instrumenten, grenzen en regels als JSON.',
    '  npm run -s cli -- score <bestand.json> [--now JJJJ-MM-DD] [--item-set <bestand.json>]',
    '      Berekent de uitkomsten van één gesprek of van een huishouden, als JSON.',
    '      --now       de datum waarmee Keukentafel rekent (anders vandaag)',
    '      --item-set  een itemset van Positieve Gezondheid (u mag er meer opgeven)',
    '  npm run -s cli -- help',
    '      Toont deze uitleg.',
    '',
    'Meer uitleg staat in docs/instruments.md.',
  ].join('\n'),
  'instruments.cli.unknownCommand': 'De opdracht "{command}" bestaat niet.',
  'instruments.cli.missingFile': 'Geef het bestand op dat Keukentafel moet berekenen.',
  'instruments.cli.unknownOption': 'De optie "{option}" kennen we niet.',
  'instruments.cli.optionValueMissing': 'Na "{option}" moet nog een waarde staan.',
  'instruments.cli.tooManyArguments': 'Er staat te veel achter de opdracht: "{argument}".',
  'instruments.cli.fileNotFound': 'Het bestand "{file}" bestaat niet.',
  'instruments.cli.fileUnreadable': 'Keukentafel kan het bestand "{file}" niet lezen.',
  'instruments.cli.invalidJson':
    'Het bestand "{file}" is geen goed JSON-bestand. Kijk naar komma\'s, haakjes en aanhalingstekens.',
  'instruments.cli.invalidNow':
    'De datum na --now klopt niet. Schrijf de datum zo: JJJJ-MM-DD, bijvoorbeeld 2024-05-01.',
  'instruments.cli.fileRejected':
    'Keukentafel kan het bestand "{file}" niet gebruiken. Dit klopt niet:',
  'instruments.cli.listPositions':
    'Een nummer tussen [ ] is de plaats in een lijst. [1] is de eerste.',
  'instruments.warning.incomeThresholdsOutdated':
    'Let op: de inkomensgrenzen van de Brug komen uit {year}. Ze zijn meer dan twee jaar oud. Vraag de functioneel beheerder om nieuwe grenzen.',
  'instruments.warning.incomeLevelDiffers':
    'Let op: bij gesprek {assessmentId} is inkomen niveau {chosen} gekozen. Het ingevulde inkomen past bij niveau {computed}.',
  'instruments.warning.housingLevelDiffers':
    'Let op: bij gesprek {assessmentId} is wonen niveau {chosen} gekozen. De ingevulde woonlasten passen bij niveau {computed}.',
  'instruments.warning.incomeThresholdsExtrapolated':
    'Let op: bij gesprek {assessmentId} leven {householdSize} personen van het inkomen. De inkomensgrenzen van de Brug gaan maar tot {largestSize} personen. Keukentafel telt voor elke extra persoon een vast bedrag op: grens A is dan {thresholdA} euro en grens B {thresholdB} euro. Dat staat niet in de bron. Bespreek daarom of het niveau bij Inkomen klopt.',
  'instruments.warning.householdSizeDiffers':
    'Let op: bij gesprek {assessmentId} staat dat {householdSize} personen van het inkomen leven. In het huishouden staan {persons} personen. De inkomensgrenzen hangen af van dit aantal. Kijk welk aantal klopt.',
} as const;
