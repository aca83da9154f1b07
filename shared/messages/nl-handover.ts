// Handover of one household to a colleague: the export and import screens and their refusals.
// Error keys follow HANDOVER_ERROR_CODES in renderer/src/db/types.ts.
export const handoverMessages = {
  'handover.error.locked': 'De app is vergrendeld. Ontgrendel de app met uw wachtwoord.',
  'handover.error.not-found': 'Dit huishouden bestaat niet (meer) op deze laptop.',
  'handover.error.tampered':
    'Een deel van de gegevens van dit huishouden is beschadigd of veranderd buiten de app. Er is geen bestand gemaakt. Neem contact op met uw beheerder.',
  'handover.error.storage-full':
    'De schijf van deze laptop is vol. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
  'handover.error.unavailable':
    'De app kan de opgeslagen gegevens nu niet openen. Sluit de app en start hem opnieuw.',
  'handover.error.not-a-handover': 'Dit bestand is geen overdrachtsbestand van Keukentafel.',
  'handover.error.unsupported-handover-version':
    'Dit overdrachtsbestand is gemaakt met een andere versie van Keukentafel en kan niet worden gelezen.',
  'handover.error.damaged-handover':
    'Dit overdrachtsbestand is beschadigd of niet compleet. Er is niets opgeslagen. Vraag uw collega om het bestand opnieuw te sturen.',
  'handover.error.malformed-code':
    'Deze code is niet compleet of bevat een typefout. Kijk de code na, of vraag uw collega om hem nog eens voor te lezen.',
  'handover.error.wrong-code':
    'Deze code past niet bij dit bestand. Of het bestand is onderweg veranderd. Er is niets opgeslagen. Vraag uw collega om de code nog eens voor te lezen.',
  'handover.error.invalid-handover-content':
    'De inhoud van dit overdrachtsbestand klopt niet. Er is niets opgeslagen.',
  'handover.error.newer-handover':
    'Dit overdrachtsbestand is gemaakt met een nieuwere versie van Keukentafel. Installeer eerst de nieuwste versie.',
  'handover.error.id-clash':
    'Een deel van dit bestand hoort op deze laptop bij een ander huishouden. Er is niets opgeslagen. Neem contact op met uw beheerder.',
  'handover.error.choice-missing': 'Kies bij elk verschil welke versie u wilt houden.',
  'handover.error.conflict':
    'De gegevens op deze laptop zijn intussen veranderd. Open het bestand opnieuw en kijk de verschillen nog eens na.',

  'handover.export.title': 'Dossier overdragen aan een collega',
  'handover.export.intro':
    'Gaat een collega verder met dit huishouden? Maak dan een overdrachtsbestand. Het bestand is versleuteld. Uw collega kan het alleen openen met een code die u voorleest.',
  'handover.export.household': 'Huishouden',
  'handover.export.stepsTitle': 'Zo werkt het',
  'handover.export.step1': 'Maak het bestand en sla het op, bijvoorbeeld op een USB-stick.',
  'handover.export.step2': 'Geef het bestand aan uw collega.',
  'handover.export.step3':
    'Bel uw collega en lees de code voor. Zet de code nooit in een mail of bij het bestand.',
  'handover.export.button': 'Overdrachtsbestand maken',
  'handover.export.busy': 'Het overdrachtsbestand wordt gemaakt. Een moment.',
  'handover.export.saved': 'Het bestand is opgeslagen als {fileName}.',
  'handover.export.cancelled':
    'U heeft het opslaan afgebroken. Er is geen bestand opgeslagen. De code van zojuist is niet meer nodig.',
  'handover.export.saveFailed':
    'Het bestand kon niet worden opgeslagen. Probeer het opnieuw, bijvoorbeeld op een andere plek.',
  'handover.export.codeTitle': 'De code voor uw collega',
  'handover.export.codeOnce':
    'U ziet deze code maar één keer. Keukentafel bewaart hem niet. Lees hem door de telefoon voor aan uw collega.',
  'handover.export.codeLabel': 'Code in vier groepen van vijf tekens',
  'handover.export.codeGroup': 'Groep {number}',
  'handover.export.codeHint':
    'De code heeft alleen cijfers en hoofdletters. Een 0 is altijd een nul, een 1 is altijd een één.',
  'handover.export.codeDone': 'Ik heb de code doorgegeven',
  'handover.export.codeHidden':
    'De code is weg van het scherm. Maak een nieuw bestand als uw collega de code kwijt is.',
  'handover.export.back': 'Terug naar het dossier',

  'handover.import.title': 'Dossier ontvangen van een collega',
  'handover.import.intro':
    'Heeft u een overdrachtsbestand gekregen? Kies het bestand en typ de code die uw collega voorlas. U ziet eerst wat erin zit. Er wordt pas iets opgeslagen als u op Overnemen klikt.',
  'handover.import.settingsTitle': 'Dossier van een collega',
  'handover.import.settingsBody':
    'Heeft een collega een huishouden aan u overgedragen? Zet het dossier dan op deze laptop.',
  'handover.import.settingsLink': 'Dossier ontvangen',
  'handover.import.fileLabel': 'Overdrachtsbestand',
  'handover.import.chooseFile': 'Bestand kiezen',
  'handover.import.otherFile': 'Ander bestand kiezen',
  'handover.import.noFile': 'Nog geen bestand gekozen.',
  'handover.import.fileChosen': 'Gekozen: {fileName}',
  'handover.import.fileMissing': 'Kies eerst het overdrachtsbestand.',
  'handover.import.fileTooLarge': 'Dit bestand is te groot voor een overdrachtsbestand.',
  'handover.import.fileReadFailed': 'Het bestand kon niet worden gelezen. Kies het opnieuw.',
  'handover.import.codeLabel': 'Code van uw collega',
  'handover.import.codeHint':
    '20 tekens, bijvoorbeeld ABCDE-FGHJK-MNPQR-STVWX. Streepjes en spaties mogen. Kleine letters ook.',
  'handover.import.codeEmpty': 'Typ de code die uw collega voorlas.',
  'handover.import.codeLength': 'De code heeft 20 tekens. U typte er {count}.',
  'handover.import.open': 'Bestand openen',
  'handover.import.busyOpen': 'Het bestand wordt geopend. Een moment.',
  'handover.import.busySave': 'Het dossier wordt opgeslagen. Een moment.',
  'handover.import.previewTitle': 'Wat zit er in het bestand',
  'handover.import.previewHousehold': 'Huishouden',
  'handover.import.previewMembers': 'Gezinsleden',
  'handover.import.previewExported': 'Gemaakt op',
  'handover.import.count.persons': 'Personen (ook verwijderde)',
  'handover.import.count.assessments': 'Metingen',
  'handover.import.count.conversations': 'Gesprekken',
  'handover.import.count.plans': 'Plannen',
  'handover.import.count.decisions': 'Besluiten over advies',
  'handover.import.planNew': 'Nieuw op deze laptop: {count}.',
  'handover.import.planSame': 'Al precies zo op deze laptop: {count}.',
  'handover.import.planConflict': 'Anders dan op deze laptop: {count}.',
  'handover.import.conflictsTitle': 'Verschillen met uw versie',
  'handover.import.conflictsIntro':
    'Van deze onderdelen staat op deze laptop al een andere versie. Kies per onderdeel welke versie u houdt. Er wordt niets overschreven zonder uw keuze.',
  'handover.import.conflictCaption': 'Verschillen bij {item}',
  'handover.import.field': 'Gegeven',
  'handover.import.mine': 'Mijn versie',
  'handover.import.theirs': 'Versie van uw collega',
  'handover.import.choiceLabel': 'Welke versie houdt u van {item}?',
  'handover.import.choiceMine': 'Mijn versie houden',
  'handover.import.choiceTheirs': 'Hun versie overnemen',
  'handover.import.choiceMissing': 'Kies welke versie u houdt van {item}.',
  'handover.import.confirm': 'Overnemen',
  'handover.import.cancel': 'Opnieuw beginnen',
  'handover.import.done':
    'Het dossier van {label} staat nu op deze laptop. Nieuw: {added}. Vervangen: {replaced}. Uw versie gehouden: {kept}.',
  'handover.import.toDossier': 'Naar het dossier',
  'handover.item.households': 'Huishouden {name}',
  'handover.item.persons': 'Gezinslid {name}',
  'handover.item.assessments': 'Meting van {name}',
  'handover.item.conversations': 'Gesprek van {name}',
  'handover.item.plans': 'Plan van het huishouden',
  'handover.item.decisions': 'Besluit over een advies',
  'handover.value.empty': '(leeg)',
  'handover.value.yes': 'ja',
  'handover.value.no': 'nee',
  'handover.value.list': '{count} onderdelen',
  'handover.field.other': 'Ander gegeven ({field})',
  'handover.field.label': 'Naam van het huishouden',
  'handover.field.address': 'Adres',
  'handover.field.practice': 'Oefendossier',
  'handover.field.displayName': 'Naam',
  'handover.field.birthDate': 'Geboortedatum',
  'handover.field.role': 'Rol',
  'handover.field.rev': 'Versienummer',
  'handover.field.createdAt': 'Gemaakt op',
  'handover.field.updatedAt': 'Laatst gewijzigd',
  'handover.field.deletedAt': 'Verwijderd op',
  'handover.field.takenAt': 'Datum van de meting',
  'handover.field.status': 'Status',
  'handover.field.answers': 'Antwoorden',
  'handover.field.date': 'Datum van het gesprek',
  'handover.field.question': 'Vraag',
  'handover.field.strengths': 'Wat gaat goed',
  'handover.field.network': 'Netwerk',
  'handover.field.changes': 'Wat wil je veranderen',
  'handover.field.agreements': 'Afspraken',
  'handover.field.summaryNote': 'Notitie',
  'handover.field.avePhase': 'Fase',
} as const;
