// Messages of the screens around the vault: first run, recovery code, unlock, lock, recover,
// settings, back-up and restore. Merged into the one catalogue in nl.ts. The professional is "u".
export const sessionMessages = {
  'nav.settings': 'Instellingen',
  'nav.backup': 'Back-up',
  'lock.button': 'Vergrendelen',
  'lock.shortcut': 'Ctrl+L',
  'lock.shortcutMac': '⌘L',

  'gate.loading': 'Keukentafel wordt gestart…',
  'gate.unavailableTitle': 'Keukentafel kan de gegevens niet openen',
  'gate.corruptTitle': 'De sleutel van uw gegevens is beschadigd',
  'gate.backToUnlock': 'Terug naar ontgrendelen',
  'gate.backToStart': 'Terug naar het begin',

  'form.errorSummaryTitle': 'Er is een probleem',
  'form.busyKey': 'Even geduld, de sleutel wordt gemaakt…',
  'form.busyUnlock': 'Even geduld, uw wachtwoord wordt gecontroleerd…',
  'form.busyBackup': 'Even geduld, de back-up wordt gemaakt…',
  'form.busyCheck': 'Even geduld, de back-up wordt gecontroleerd…',
  'form.busyRestore': 'Even geduld, de back-up wordt teruggezet…',

  'passphrase.show': 'Toon wachtwoord',
  'passphrase.hide': 'Verberg wachtwoord',
  'passphrase.showCode': 'Toon code',
  'passphrase.hideCode': 'Verberg code',
  'passphrase.rule':
    'Een wachtwoord heeft minstens 12 tekens, of minstens vier woorden met spaties ertussen. Vier losse woorden die u goed kunt onthouden, werken het best.',
  'passphrase.strengthLabel': 'Sterkte: {level}.',
  'passphrase.strength.0': 'heel zwak',
  'passphrase.strength.1': 'zwak',
  'passphrase.strength.2': 'redelijk',
  'passphrase.strength.3': 'sterk',
  'passphrase.strength.4': 'heel sterk',
  'passphrase.notAcceptable': 'Dit wachtwoord is nog niet goed genoeg.',
  'passphrase.acceptable': 'Dit wachtwoord is goed genoeg.',
  'passphrase.empty': 'Typ een wachtwoord.',
  'passphrase.mismatch': 'De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.',
  'passphrase.repeatEmpty': 'Typ het wachtwoord nog een keer.',

  'firstRun.welcomeTitle': 'Welkom bij Keukentafel',
  'firstRun.welcomeIntro':
    'Keukentafel bewaart alle gegevens versleuteld op deze laptop. U hebt geen internet nodig.',
  'firstRun.newTitle': 'Voor het eerst',
  'firstRun.newBody':
    'U kiest een wachtwoord. Daarna krijgt u een herstelcode voor als u het wachtwoord vergeet.',
  'firstRun.newButton': 'Nieuw beginnen',
  'firstRun.backupTitle': 'Een nieuwe laptop',
  'firstRun.backupBody':
    'Hebt u een nieuwe laptop? Zet dan uw back-up terug. U hebt het wachtwoord of de herstelcode van die back-up nodig.',
  'firstRun.backupButton': 'Ik heb een back-up',
  'firstRun.step': 'Stap {step} van {total}',
  'firstRun.passphraseTitle': 'Kies een wachtwoord',
  'firstRun.passphraseIntro':
    'Met dit wachtwoord opent u Keukentafel. Alleen u kent het. Niemand kan het voor u terughalen.',
  'firstRun.passphraseLabel': 'Wachtwoord',
  'firstRun.repeatLabel': 'Typ het wachtwoord nog een keer',
  'firstRun.create': 'Wachtwoord maken',
  'firstRun.back': 'Terug',

  'recoveryCode.title': 'Uw herstelcode',
  'recoveryCode.intro':
    'Vergeet u uw wachtwoord? Dan kiest u met deze code een nieuw wachtwoord. U ziet de code maar één keer.',
  'recoveryCode.codeLabel': 'Herstelcode',
  'recoveryCode.warningTitle': 'Bewaar de code niet op deze laptop',
  'recoveryCode.warningBody':
    'Druk de code af of zet het bestand op een USB-stick. Bewaar die op een veilige plek, bijvoorbeeld in een kast op kantoor die op slot kan.',
  'recoveryCode.save': 'Bewaar als bestand',
  'recoveryCode.print': 'Afdrukken',
  'recoveryCode.saved':
    'De herstelcode is opgeslagen als {fileName}. Zet dit bestand niet op deze laptop.',
  'recoveryCode.savedPdf':
    'De herstelcode is opgeslagen als PDF: {fileName}. Druk dat bestand af en haal het daarna van deze laptop.',
  'recoveryCode.saveFailed':
    'Het bestand kon niet worden opgeslagen. Probeer het opnieuw of druk de code af.',
  'recoveryCode.printFailed':
    'Afdrukken lukte niet. Probeer het opnieuw of bewaar de code als bestand.',
  'recoveryCode.confirm': 'Ik heb de herstelcode veilig bewaard',
  'recoveryCode.confirmMissing': 'Vink eerst aan dat u de herstelcode veilig hebt bewaard.',
  'recoveryCode.continue': 'Verder',
  'recoveryCode.fileName': 'keukentafel-herstelcode.txt',
  'recoveryCode.pdfName': 'keukentafel-herstelcode.pdf',
  'recoveryCode.fileFilter': 'Tekstbestand',
  'recoveryCode.pdfFilter': 'PDF-bestand',
  'recoveryCode.fileText':
    'Keukentafel – herstelcode\n\nMet deze code kiest u een nieuw wachtwoord als u uw wachtwoord van Keukentafel bent vergeten. U kunt er ook een back-up mee terugzetten.\n\nBewaar deze code op een veilige plek, NIET op de laptop met Keukentafel. Iedereen met deze code en de laptop of een back-up kan de gegevens openen.\n\nHerstelcode: {code}\n\nGemaakt op: {date}\n',
  'recoveryCode.printHeading': 'Keukentafel – herstelcode',
  'recoveryCode.printMade': 'Gemaakt op {date}.',
  'recoveryCode.printNote':
    'Met deze code kiest u een nieuw wachtwoord als u het vergeten bent. Bewaar dit papier op een veilige plek.',

  'unlock.title': 'Keukentafel is vergrendeld',
  'unlock.intro': 'Typ uw wachtwoord om verder te gaan.',
  'unlock.passphraseLabel': 'Wachtwoord',
  'unlock.submit': 'Ontgrendelen',
  'unlock.forgot': 'Wachtwoord vergeten? Gebruik uw herstelcode',
  'unlock.restore': 'Een back-up terugzetten',
  'unlock.restoreLocked':
    'Wilt u een back-up terugzetten? Ontgrendel eerst de app en kies dan Back-up in het menu. Op een nieuwe laptop kiest u bij de start "Ik heb een back-up".',
  'unlock.throttled':
    'U hebt te vaak een verkeerd wachtwoord getypt. Wacht {wait} en probeer het dan opnieuw. Er is niets gewist.',
  'time.oneSecond': '1 seconde',
  'time.seconds': '{count} seconden',
  'time.minutes': '{count} minuten',
  'unlock.reason.idle':
    'De app is vergrendeld omdat u {minutes} minuten niets hebt gedaan. Uw gegevens zijn veilig.',
  'unlock.reason.screen-lock':
    'De app is vergrendeld omdat de computer op slot ging. Uw gegevens zijn veilig.',
  'unlock.reason.suspend':
    'De app is vergrendeld omdat de computer in de slaapstand ging. Uw gegevens zijn veilig.',
  'unlock.reason.user': 'U hebt de app vergrendeld. Uw gegevens zijn veilig.',
  'unlock.draftsKept': 'Was u nog iets aan het typen? Dat is versleuteld bewaard.',

  'recover.title': 'Nieuw wachtwoord met uw herstelcode',
  'recover.intro':
    'Typ de herstelcode die u bij de start hebt gekregen. Daarna kiest u een nieuw wachtwoord. Uw gegevens blijven zoals ze zijn.',
  'recover.codeLabel': 'Herstelcode',
  'recover.codeHint': 'Hoofdletters, spaties en streepjes maken niet uit.',
  'recover.codeEmpty': 'Typ uw herstelcode.',
  'recover.newLabel': 'Nieuw wachtwoord',
  'recover.repeatLabel': 'Typ het nieuwe wachtwoord nog een keer',
  'recover.submit': 'Nieuw wachtwoord instellen',
  'recover.doneNewCode':
    'Uw nieuwe wachtwoord is ingesteld. De oude herstelcode werkt niet meer: u krijgt nu een nieuwe.',

  'settings.title': 'Instellingen',
  'settings.idleTitle': 'Automatisch vergrendelen',
  'settings.idleLabel': 'Vergrendel na zoveel minuten zonder gebruik',
  'settings.idleHint': 'Kies een getal van 1 tot en met 30. Standaard is 5.',
  'settings.idleInvalid': 'Kies een heel getal van 1 tot en met 30.',
  'settings.idleSave': 'Opslaan',
  'settings.idleSaved': 'Opgeslagen. De app vergrendelt na {minutes} minuten zonder gebruik.',
  'settings.passphraseTitle': 'Wachtwoord',
  'settings.passphraseBody':
    'Wijzig uw wachtwoord als iemand anders het misschien kent. Uw herstelcode blijft hetzelfde.',
  'settings.passphraseLink': 'Wachtwoord wijzigen',

  'changePassphrase.title': 'Wachtwoord wijzigen',
  'changePassphrase.intro':
    'Uw gegevens blijven zoals ze zijn. Alleen het wachtwoord waarmee u de app opent, verandert.',
  'changePassphrase.currentLabel': 'Huidig wachtwoord',
  'changePassphrase.newLabel': 'Nieuw wachtwoord',
  'changePassphrase.repeatLabel': 'Typ het nieuwe wachtwoord nog een keer',
  'changePassphrase.submit': 'Wachtwoord wijzigen',
  'changePassphrase.done': 'Uw wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe wachtwoord.',
  'changePassphrase.backToSettings': 'Terug naar Instellingen',

  'backup.title': 'Back-up',
  'backup.intro':
    'Een back-up (reservekopie) is één versleuteld bestand met al uw gegevens. U opent het alleen met uw wachtwoord of uw herstelcode.',
  'backup.makeTitle': 'Back-up maken',
  'backup.makeBody':
    'Zet het bestand op een USB-stick of een andere veilige plek, niet alleen op deze laptop.',
  'backup.makeButton': 'Back-up maken',
  'backup.saved': 'De back-up is opgeslagen als {fileName}.',
  'backup.cancelled': 'U hebt geen back-up opgeslagen.',
  'backup.saveFailed': 'De back-up kon niet worden opgeslagen. Probeer het opnieuw.',

  'restore.title': 'Back-up terugzetten',
  'restore.introNew':
    'Zet uw gegevens van een andere laptop over. Kies het back-upbestand en typ het wachtwoord of de herstelcode van die back-up.',
  'restore.introMerge':
    'Gegevens uit de back-up die hier ontbreken, worden toegevoegd. Nieuwere versies vervangen oudere. Er wordt niets gewist.',
  'restore.fileLabel': 'Back-upbestand',
  'restore.noFile': 'Nog geen bestand gekozen.',
  'restore.fileChosen': 'Gekozen: {fileName}',
  'restore.chooseFile': 'Bestand kiezen',
  'restore.fileMissing': 'Kies eerst het back-upbestand.',
  'restore.fileTooLarge': 'Dit bestand is te groot voor een back-up van Keukentafel.',
  'restore.fileReadFailed': 'Het bestand kon niet worden gelezen. Probeer het opnieuw.',
  'restore.secretLegend': 'Hoe opent u de back-up?',
  'restore.secretPassphrase': 'Met het wachtwoord van de back-up',
  'restore.secretCode': 'Met de herstelcode',
  'restore.passphraseLabel': 'Wachtwoord van de back-up',
  'restore.codeLabel': 'Herstelcode',
  'restore.secretEmpty': 'Typ het wachtwoord of de herstelcode.',
  'restore.check': 'Back-up controleren',
  'restore.previewTitle': 'Dit zit in de back-up',
  'restore.previewMade': 'Gemaakt op',
  'restore.count.households': 'Huishoudens',
  'restore.count.persons': 'Personen',
  'restore.count.assessments': 'Metingen',
  'restore.count.plans': 'Plannen',
  'restore.count.suggestions': 'Adviezen',
  'restore.count.decisions': 'Besluiten',
  'restore.count.conversations': 'Gesprekken',
  'restore.count.profiles': 'Ingelezen gemeenteprofielen',
  'restore.count.drafts': 'Niet opgeslagen invoer',
  'restore.count.audit': 'Regels in het logboek',
  'restore.newPassphraseTitle': 'Kies een nieuw wachtwoord',
  'restore.newPassphraseBody':
    'U zet de back-up terug met de herstelcode. Kies daarom een nieuw wachtwoord voor deze laptop.',
  'restore.newLabel': 'Nieuw wachtwoord',
  'restore.repeatLabel': 'Typ het nieuwe wachtwoord nog een keer',
  'restore.start': 'Terugzetten',
  'restore.otherFile': 'Ander bestand kiezen',
  'restore.confirmTitle': 'Back-up echt terugzetten?',
  'restore.confirmBodyNew':
    'De back-up van {date} wordt op deze laptop gezet. Daarna opent u Keukentafel met het wachtwoord van de back-up.',
  'restore.confirmBodyNewCode':
    'De back-up van {date} wordt op deze laptop gezet. Daarna opent u Keukentafel met uw nieuwe wachtwoord.',
  'restore.confirmBodyMerge':
    'De gegevens uit de back-up van {date} worden toegevoegd aan de gegevens op deze laptop. Er wordt niets gewist.',
  'restore.confirmYes': 'Ja, zet de back-up terug',
  'restore.confirmNo': 'Nee, niet terugzetten',
  'restore.doneNew': 'De back-up is teruggezet. Uw gegevens staan nu op deze laptop.',
  'restore.doneMerge':
    'De back-up is teruggezet: {added} toegevoegd, {updated} bijgewerkt, {unchanged} al hetzelfde.',
  'restore.refused': 'De gegevens op deze laptop zijn niet veranderd.',

  'resume.title': 'Verder waar u was',
  'resume.intro': 'U was nog bezig en had dit niet opgeslagen:',
  'resume.unknownForm': 'Een formulier',
  'resume.savedAt': 'bewaard op {date}',
  'resume.continue': 'Verder gaan',
  'resume.discard': 'Weggooien',
  'resume.later': 'Later',
  'resume.continueLabel': 'Verder gaan met {form}',
  'resume.discardLabel': 'Weggooien: {form}',

  'draft.saving': 'Invoer wordt bewaard…',
  'draft.saved': 'Invoer is versleuteld bewaard.',
} as const;
