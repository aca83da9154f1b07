// Texts of the Brug naar Zelfredzaamheid and Kansencirkel screens and charts.

export const brugUiMessages = {
  'brugUi.intro':
    'Kies per onderwerp samen met {name} de zin die het best past. Niveau 1 betekent: dit gaat goed. Niveau 4 betekent: hier zijn nu grote zorgen.',
  'brugUi.level': 'Niveau {level}',
  'brugUi.level.1.short': 'Gaat goed',
  'brugUi.level.2.short': 'Redelijk',
  'brugUi.level.3.short': 'Zorgen',
  'brugUi.level.4.short': 'Grote zorgen',
  'brugUi.level.1.legend': 'Dit regelt iemand zelf goed.',
  'brugUi.level.2.legend': 'Dit gaat redelijk. Soms is het lastig.',
  'brugUi.level.3.legend': 'Hier zijn zorgen over.',
  'brugUi.level.4.legend': 'Hier zijn nu grote zorgen over.',
  'brugUi.column.hint': 'Kies de zin die het best past.',
  'brugUi.column.sourceAnswered': 'Gekozen: niveau {level}.',
  'brugUi.column.sourceComputed': 'Berekend: niveau {level}.',
  'brugUi.chart.title': 'Zo staat de brug er nu bij',
  'brugUi.chart.explain':
    'Elk onderwerp is een pijler van de brug. Hoe hoger de pijler, hoe beter het gaat. Het cijfer op de pijler is het niveau.',
  'brugUi.chart.deck': 'Zelfredzaam',
  'brugUi.chart.missing': 'Nog niet ingevuld',
  'brugUi.chart.computed': 'berekend',
  'brugUi.chart.previous': 'eerder: {level}',
  'brugUi.chart.previousMissing': 'eerder: niet ingevuld',
  'brugUi.chart.legendTitle': 'Uitleg',
  'brugUi.chart.legendPrevious': 'Streepjeslijn: het niveau bij het vorige gesprek ({date}).',
  'brugUi.chart.legendMissing': 'Lege pijler: nog niet ingevuld.',
  'brugUi.income.explain':
    'Dit onderwerp kiest u niet. Keukentafel berekent het niveau uit het netto inkomen en het aantal mensen dat ervan leeft.',
  'brugUi.income.amountLabel': 'Netto inkomen van het huishouden per maand, in euro',
  'brugUi.income.amountHint': 'Bijvoorbeeld 1.250,50 of 1250. Geen inkomen? Vul dan 0 in.',
  'brugUi.income.sizeLabel': 'Aantal mensen dat van dit inkomen leeft',
  'brugUi.income.sizeHint':
    'Al ingevuld: het aantal mensen in het huishouden. Klopt dat niet? Pas het dan aan.',
  'brugUi.income.empty': 'Vul het inkomen in. Dan ziet u hier het niveau.',
  'brugUi.income.amountInvalid':
    'Het bedrag klopt nog niet. Daarom kan Keukentafel het niveau nog niet berekenen.',
  'brugUi.income.sizeInvalid':
    'Het aantal mensen klopt nog niet. Daarom kan Keukentafel het niveau nog niet berekenen.',
  'brugUi.income.result': 'Niveau {level}: {word}.',
  'brugUi.income.why.1': '{amount} euro is meer dan grens A ({a} euro) voor {persons}.',
  'brugUi.income.why.2':
    '{amount} euro is meer dan grens B ({b} euro), maar niet meer dan grens A ({a} euro) voor {persons}.',
  'brugUi.income.why.3': '{amount} euro is niet meer dan grens B ({b} euro) voor {persons}.',
  'brugUi.income.why.4': 'Het huishouden heeft geen inkomen.',
  'brugUi.income.thresholdsTitle': 'Grenzen voor {persons}, uit {year}',
  'brugUi.income.match': 'Past bij dit inkomen',
  'brugUi.income.outdated':
    'De inkomensgrenzen komen uit {year}. Ze zijn meer dan twee jaar oud. Het niveau is daarom een schatting. Vraag de functioneel beheerder om nieuwe grenzen.',
  'brugUi.income.extrapolated':
    'De grenzen in de bron gaan tot {largest} personen. Voor {persons} telt Keukentafel per extra persoon een vast bedrag op. Dat staat niet in de bron. Bespreek samen of het niveau klopt.',
  'brugUi.income.chosenDiffers':
    'Eerder is bij Inkomen niveau {chosen} gekozen. Uit het inkomen volgt niveau {computed}.',
  'brugUi.income.useComputed': 'Gebruik het berekende niveau',
  'brugUi.persons.one': '1 persoon',
  'brugUi.persons.many': '{count} personen',
  'brugUi.housing.legend': 'Of bereken het niveau uit de woonlasten',
  'brugUi.housing.temporary': 'Woont tijdelijk in een opvang, bij vrienden of bij familie',
  'brugUi.housing.costsLabel': 'Woonlasten per maand, in euro',
  'brugUi.housing.costsHint':
    'Huur of hypotheek, plus de vaste lasten van het huis. Bijvoorbeeld 750 of 1.100,00.',
  'brugUi.housing.needsIncome':
    'Vul ook het inkomen in bij Inkomen, onderaan. Dan berekent Keukentafel het niveau.',
  'brugUi.housing.computedShare':
    'Berekend: niveau {level}. De woonlasten zijn {percent} procent van het inkomen.',
  'brugUi.housing.computedTemporary': 'Berekend: niveau 4. Er is nu geen vaste woonplek.',
  'brugUi.housing.differs':
    'Gekozen is niveau {chosen}. Uit de woonlasten volgt niveau {computed}. Bespreek samen wat past.',
  'brugUi.housing.useComputed': 'Gebruik het berekende niveau ({level})',
  'brugUi.amount.error.format': 'Schrijf het bedrag in cijfers, bijvoorbeeld 1.250,50 of 1250.',
  'brugUi.amount.error.decimalPoint':
    'Gebruik een komma voor de centen, bijvoorbeeld 12,50. Een punt staat voor duizendtallen, zoals in 1.250.',
  'brugUi.amount.error.negative': 'Een bedrag kan niet lager zijn dan 0.',
  'brugUi.amount.error.tooLarge': 'Dit bedrag is hoger dan 1 miljoen. Kijk of het klopt.',
  'brugUi.amount.error.cents': 'Gebruik hoogstens twee cijfers na de komma.',
  'brugUi.size.error.empty': 'Vul het aantal mensen in.',
  'brugUi.size.error.format': 'Vul een heel getal in, bijvoorbeeld 3.',
  'brugUi.size.error.range': 'Vul een aantal in van 1 tot en met 20.',
  'brugUi.readOnly.statementsTitle': 'De gekozen zinnen',
  'brugUi.readOnly.none': 'Niet ingevuld',
  'kansUi.intro':
    'Kijk samen met de ouders, of met {name} zelf, hoe het gaat. Kies per onderwerp: gaat goed, aandacht nodig of zorg.',
  'kansUi.chart.title': 'Kansencirkel van {name}',
  'kansUi.chart.missing': 'Nog niet ingevuld',
  'kansUi.chart.summaryItem': '{area}: {status}',
  'kansUi.chart.previous': 'eerder: {status}',
  'kansUi.chart.legendTitle': 'Uitleg',
  'kansUi.table.area': 'Onderwerp',
  'kansUi.table.now': 'Nu',
  'kansUi.table.previous': 'Eerder ({date})',
  'kansUi.chart.count': '{done} van de {total} onderwerpen ingevuld.',
  'kansUi.legend.gaat-goed': 'Gaat goed: effen groen, met een vinkje.',
  'kansUi.legend.aandacht': 'Aandacht nodig: geel met strepen, met een uitroepteken.',
  'kansUi.legend.zorg': 'Zorg: rood met ruitjes, met een kruis.',
  'kansUi.legend.missing': 'Wit: nog niet ingevuld.',
  'kansUi.legend.previous': 'Eerder: de keuze bij het vorige gesprek ({date}).',
} as const;
