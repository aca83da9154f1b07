// Texts of the spinnenweb (SpiderWeb) and the Positieve Gezondheid screen.

export const pgUiMessages = {
  'spiderweb.noScore': 'nog geen score',
  'spiderweb.valueText': '{value} van de 10',
  'spiderweb.previousValue': 'vorige keer: {value}',
  'spiderweb.previousNoScore': 'vorige keer: geen score',
  'spiderweb.hint':
    'Klik of tik op een ring bij een onderwerp om een cijfer te kiezen. Met het toetsenbord gaat u met Tab naar een onderwerp. Met de pijltjes maakt u het cijfer hoger of lager.',
  'spiderweb.legend': 'Wat de lijnen betekenen',
  'spiderweb.legendCurrent': 'Nu, {date}: doorgetrokken lijn met rondjes',
  'spiderweb.legendCurrentNoDate': 'Nu: doorgetrokken lijn met rondjes',
  'spiderweb.legendPrevious': 'Vorige keer, {date}: stippellijn met vierkantjes',
  'spiderweb.tableCaption': 'Cijfers per onderwerp',
  'spiderweb.tableDimension': 'Onderwerp',
  'spiderweb.tableCurrent': 'Nu',
  'spiderweb.tablePrevious': 'Vorige keer',
  'spiderweb.tableEmpty': '–',
  'pg.heading': 'Spinnenweb van {name}',
  'pg.reason.age': '{name} is {age} jaar. Daarom gebruikt u deze versie.',
  'pg.reason.roleWithAge':
    '{name} is {age} jaar. Voor die leeftijd zijn er twee versies. U gebruikt de versie die past bij de rol in het huishouden: {role}.',
  'pg.reason.roleWithoutAge':
    'De geboortedatum van {name} is niet bekend. Daarom gebruikt u de versie die past bij de rol in het huishouden: {role}.',
  'pg.reason.nearest':
    '{name} is {age} jaar. Voor die leeftijd is er geen eigen versie. Daarom gebruikt u de versie die het best past.',
  'pg.reason.chosen': 'Deze versie is voor {name} gekozen.',
  'pg.role.volwassene': 'volwassene',
  'pg.role.jongere': 'jongere',
  'pg.role.kind': 'kind',
  'pg.progress': '{count} van de {total} onderwerpen hebben een cijfer.',
  'pg.progressDone': 'Alle {total} onderwerpen hebben een cijfer.',
  'pg.viewLabel': 'Hoe wilt u de cijfers zien?',
  'pg.viewWeb': 'Spinnenweb',
  'pg.viewList': 'Lijst',
  'pg.questionsTitle': 'De vragen',
  'pg.listHint':
    'Kies bij elk onderwerp een cijfer van 0 tot 10. 0 is heel slecht. 10 is heel goed.',
} as const;
