// Texts of the zelfinvulmodus (the resident fills in the spinnenweb or the Brug on the laptop)
// and of its exit PIN. What the resident reads says "je"; what the professional reads says "u".

export const selfEntryMessages = {
  // Settings: the exit PIN (professional).
  'exitPin.settingsTitle': 'Zelfinvulmodus',
  'exitPin.settingsBody':
    'Een inwoner kan vragen zelf invullen op deze laptop. Daarna gaat u terug met uw wachtwoord of met een korte pincode.',
  'exitPin.settingsLink': 'Pincode instellen',
  'exitPin.title': 'Pincode voor de zelfinvulmodus',
  'exitPin.intro':
    'In de zelfinvulmodus vult een inwoner zelf vragen in op deze laptop. Wilt u daarna terug naar uw eigen scherm? Dan typt u uw wachtwoord, of deze pincode. Met een pincode gaat dat sneller.',
  'exitPin.notKey':
    'De pincode is geen wachtwoord. Uw gegevens blijven versleuteld met uw wachtwoord. De pincode zorgt alleen dat de inwoner niet zelf uit de zelfinvulmodus kan.',
  'exitPin.lockout':
    'Na 5 keer een verkeerde pincode werkt de pincode niet meer. Dan typt u uw wachtwoord. Daarna werkt de pincode weer.',
  'exitPin.statusSet': 'Er is een pincode ingesteld.',
  'exitPin.statusNone': 'Er is nog geen pincode. Om terug te gaan vraagt de app nu uw wachtwoord.',
  'exitPin.setTitle': 'Pincode instellen',
  'exitPin.changeTitle': 'Pincode wijzigen',
  'exitPin.pinLabel': 'Nieuwe pincode',
  'exitPin.pinHint':
    '4 tot 8 cijfers. Kies geen rij zoals 1234 of 0000. Gebruik niet de pincode van uw bankpas.',
  'exitPin.repeatLabel': 'Typ de pincode nog een keer',
  'exitPin.show': 'Toon pincode',
  'exitPin.save': 'Pincode opslaan',
  'exitPin.saved': 'De pincode is opgeslagen.',
  'exitPin.removeTitle': 'Pincode verwijderen',
  'exitPin.removeBody': 'Zonder pincode vraagt de app uw wachtwoord als u teruggaat.',
  'exitPin.remove': 'Pincode verwijderen',
  'exitPin.removed': 'De pincode is verwijderd. Om terug te gaan vraagt de app nu uw wachtwoord.',
  'exitPin.back': 'Terug naar Instellingen',
  'exitPin.loading': 'Even geduld…',
  'exitPin.error.empty': 'Typ een pincode.',
  'exitPin.error.format': 'Een pincode heeft 4 tot 8 cijfers. Gebruik alleen cijfers.',
  'exitPin.error.tooSimple':
    'Deze pincode is te makkelijk te raden. Kies geen gelijke cijfers en geen rij zoals 1234.',
  'exitPin.error.repeatEmpty': 'Typ de pincode nog een keer.',
  'exitPin.error.mismatch': 'De twee pincodes zijn niet gelijk. Typ ze nog een keer.',

  // Start (professional): choose the questionnaire and hand over the laptop.
  'selfEntry.start.title': 'Zelf invullen: {name}',
  'selfEntry.start.intro':
    '{name} kan de vragen zelf invullen op deze laptop. De letters zijn groot en er staat steeds één vraag op het scherm. {name} kan verder niets openen.',
  'selfEntry.start.choiceLabel': 'Wat vult {name} zelf in?',
  'selfEntry.start.pg': 'Spinnenweb (Positieve Gezondheid)',
  'selfEntry.start.pgHint': '{count} vragen. Bij elke vraag een cijfer van 0 tot 10.',
  'selfEntry.start.brug': 'Brug naar Zelfredzaamheid',
  'selfEntry.start.brugHint':
    '{count} onderwerpen. Bij elk onderwerp een zin kiezen. Inkomen vult u daarna samen in.',
  'selfEntry.start.answered': 'Al ingevuld: {count} van de {total}.',
  'selfEntry.start.none':
    'Voor {name} is er geen vragenlijst om zelf in te vullen. Het spinnenweb is er vanaf 8 jaar. De Brug is voor volwassenen.',
  'selfEntry.start.exitWithPin': 'Wilt u daarna terug naar uw scherm? Dan typt u uw pincode.',
  'selfEntry.start.exitWithPassphrase':
    'Wilt u daarna terug naar uw scherm? Dan typt u uw wachtwoord. Bij Instellingen kunt u ook een korte pincode instellen.',
  'selfEntry.start.go': 'Geef de laptop aan {name}',
  'selfEntry.start.back': 'Terug naar het gesprek',
  'selfEntry.start.loading': 'Even geduld, het huishouden wordt geopend…',
  'selfEntry.start.notFoundTitle': 'Niet gevonden',
  'selfEntry.start.notFound':
    'Deze persoon is niet gevonden in dit huishouden. Misschien is de persoon verwijderd.',
  'selfEntry.start.backToCaseload': 'Naar de start',
  'selfEntry.start.draftFailed':
    'Het gesprek kan nu niet worden geopend. Er is niets gewist. Probeer het opnieuw of start de app opnieuw.',

  // The resident's screen.
  'selfEntry.frameLabel': 'Zelf invullen',
  'selfEntry.progress': 'Vraag {current} van {total}',
  'selfEntry.pg.scale': '0 is heel slecht. 10 is heel goed.',
  'selfEntry.pg.low': 'heel slecht',
  'selfEntry.pg.high': 'heel goed',
  'selfEntry.brug.question': 'Welke zin past het best bij jou?',
  'selfEntry.skip': 'Weet je het niet? Of wil je hier niets kiezen? Ga dan naar de volgende vraag.',
  'selfEntry.previous': 'Vorige',
  'selfEntry.next': 'Volgende',
  'selfEntry.finish': 'Klaar',
  'selfEntry.done.title': 'Klaar? Geef de laptop terug.',
  'selfEntry.done.body': 'Dank je wel. Je hebt {answered} van de {total} vragen beantwoord.',
  'selfEntry.done.change': 'Wil je nog iets veranderen? Kies dan Vorige.',
  'selfEntry.saving': 'Je antwoord wordt bewaard…',
  'selfEntry.saved': 'Je antwoord is bewaard.',
  'selfEntry.saveFailed':
    'Je antwoord kan nu niet worden bewaard. Geef de laptop terug aan de professional.',
  'selfEntry.loading': 'Even geduld…',
  'selfEntry.exit': 'Terug naar de professional',

  // The exit dialog (professional).
  'selfEntry.exitDialog.title': 'Terug naar de professional',
  'selfEntry.exitDialog.bodyPin': 'Dit is voor de professional. Typ uw pincode.',
  'selfEntry.exitDialog.bodyPassphrase': 'Dit is voor de professional. Typ uw wachtwoord.',
  'selfEntry.exitDialog.pinLabel': 'Pincode',
  'selfEntry.exitDialog.passphraseLabel': 'Wachtwoord',
  'selfEntry.exitDialog.submit': 'Terug naar mijn scherm',
  'selfEntry.exitDialog.cancel': 'Verder met invullen',
  'selfEntry.exitDialog.usePassphrase': 'Pincode vergeten? Typ uw wachtwoord',
  'selfEntry.exitDialog.emptyPin': 'Typ de pincode.',
  'selfEntry.exitDialog.emptyPassphrase': 'Typ het wachtwoord.',
  'selfEntry.exitDialog.wrongPin': 'Deze pincode klopt niet. U kunt het nog {count} keer proberen.',
  'selfEntry.exitDialog.wrongPinLast':
    'Deze pincode klopt niet. U kunt het nog 1 keer proberen. Daarna werkt de pincode niet meer.',
  'selfEntry.exitDialog.pinLockedOut':
    'U hebt 5 keer een verkeerde pincode getypt. De pincode werkt nu niet meer. Typ uw wachtwoord. Daarna werkt de pincode weer.',
  'selfEntry.exitDialog.wrongPassphrase': 'Dit wachtwoord klopt niet. Probeer het opnieuw.',
  'selfEntry.exitDialog.busy': 'Even geduld, dit wordt gecontroleerd…',
} as const;
