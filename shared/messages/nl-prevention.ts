// Messages of the preventie-advies, the gemeente profiles and their command line. Merged into the
// one catalogue in nl.ts. A `prevention.problem.*` text completes the sentence of `schema.issue`
// or of a `prevention.profile.issue*` sentence, like the `schema.problem.*` texts.
export const preventionMessages = {
  'prevention.advice':
    'Dit is een advies. U kiest samen met de inwoner wat past. Neemt u een voorstel over, dan wordt het een actie in het plan. Kiest u iets niet, geef dan de reden.',

  'prevention.level.universeel': 'Voor iedereen',
  'prevention.level.selectief': 'Bij meer risico',
  'prevention.level.geindiceerd': 'Bij eerste klachten',
  'prevention.level.maatwerk': 'Gespecialiseerde steun',
  'prevention.level.veiligheid': 'Veiligheid eerst',

  'prevention.step.eigen-kracht': 'Eigen kracht',
  'prevention.step.netwerk': 'Netwerk',
  'prevention.step.universeel': 'Voor iedereen',
  'prevention.step.selectief': 'Bij meer risico',
  'prevention.step.geindiceerd': 'Bij eerste klachten',
  'prevention.step.maatwerk': 'Gespecialiseerde steun, met warme overdracht',
  'prevention.step.veiligheid': 'Veiligheid eerst',

  'prevention.actor.inwoner': 'De inwoner zelf',
  'prevention.actor.netwerk': 'Iemand uit de omgeving',
  'prevention.actor.partner': 'Een partnerorganisatie',
  'prevention.actor.professional': 'De professional',

  'prevention.normaliseren.geen-zorgen':
    'Het gaat goed. Er zijn geen zorgen die om hulp vragen. Blijf doen wat werkt. Misschien kan de inwoner iets betekenen voor een ander.',
  'prevention.normaliseren.gewone-leven':
    'Wat nu speelt, hoort bij het gewone leven. De balans is goed. Iets voor iedereen of hulp van mensen dichtbij is genoeg. Extra hulp is nu niet nodig.',

  'prevention.reason.veiligheid-eerst':
    'Er is zorg over veiligheid. Volg eerst de meldcode. Geen ander voorstel komt daarvoor in de plaats.',
  'prevention.reason.bestaanszekerheid-eerst':
    'Wonen, inkomen of schulden zijn niet op orde. Dat komt eerst. Zonder die basis staat iemand weinig open voor andere steun.',
  'prevention.reason.grenzen-steun':
    'Zelf oplossen is nu te veel gevraagd. Daarom staat steun van een professional of partner bovenaan.',
  'prevention.reason.warme-overdracht':
    'Er is meer nodig dan lichte steun. Regel een warme overdracht: zet de eerste stap samen met de inwoner.',
  'prevention.reason.eigen-kracht-eerst': 'Eerst kijken wat de inwoner zelf kan.',
  'prevention.reason.informele-lijn':
    'Mensen dichtbij blijven, ook als hulp van een professional stopt.',
  'prevention.reason.collectief-voor-individueel':
    'Iets voor iedereen of in een groep gaat voor hulp aan één persoon.',
  'prevention.reason.normaliseren': 'Dit hoort bij het gewone leven; iets voor iedereen is genoeg.',
  'prevention.reason.balans-beslist':
    'De balans tussen draagkracht en draaglast is niet goed. Daarom is wat meer steun zinvol.',
  'prevention.reason.levensgebeurtenis':
    'Er is kort geleden iets ingrijpends gebeurd. Dat geeft extra risico.',
  'prevention.reason.draagkracht-benutten':
    'De balans is goed. De inwoner kan misschien iets betekenen voor een ander.',
  'prevention.reason.gemeentelijke-nadruk': 'De gemeente legt hier extra nadruk op.',

  'prevention.grenzen.balans-sterk-negatief':
    'Wat iemand draagt is veel zwaarder dan wat hij aankan.',
  'prevention.grenzen.schulden-zonder-overzicht': 'Er zijn schulden en er is geen overzicht.',
  'prevention.grenzen.mantelzorger-overbelast': 'De zorg voor een ander is te zwaar geworden.',

  'prevention.decline.inwoner-wil-niet': 'De inwoner wil dit niet',
  'prevention.decline.past-niet-bij-situatie': 'Past niet bij de situatie',
  'prevention.decline.al-in-gebruik': 'Gebruikt de inwoner al',
  'prevention.decline.niet-beschikbaar': 'Is er nu niet (bijvoorbeeld een wachtlijst)',
  'prevention.decline.eerst-iets-anders': 'Eerst iets anders',
  'prevention.decline.netwerk-regelt-het': 'Het netwerk regelt het',
  'prevention.decline.anders': 'Andere reden (schrijf op welke)',

  'prevention.profile.entry': 'voorziening {position} in de catalogus (id "{id}")',
  'prevention.profile.entryNoId': 'voorziening {position} in de catalogus (zonder goede id)',
  'prevention.profile.issueEntryField':
    'Fout in het profiel bij {entry}: het veld "{field}" {problem}.',
  'prevention.profile.issueEntry': 'Fout in het profiel bij {entry}: {problem}.',
  'prevention.profile.issueField': 'Fout in het profiel: het veld "{path}" {problem}.',
  'prevention.profile.issueRoot': 'Fout in het profiel: {problem}.',

  'prevention.problem.invalidJson':
    "is geen goed JSON-bestand. Kijk naar komma's, haakjes en aanhalingstekens",
  'prevention.problem.duplicateEntry':
    'komt twee keer voor in de catalogus. Elke voorziening heeft een eigen id',
  'prevention.problem.unknownEntry': 'noemt "{id}". Die voorziening staat niet in de catalogus',
  'prevention.problem.routeLevel':
    'noemt "{id}". Die voorziening moet het niveau "{expected}" hebben',
  'prevention.problem.missingGeneric': 'mist de voorziening "{id}". Die hoort in elk profiel',
  'prevention.problem.safetyTrigger':
    'noemt het signaal veiligheid. Dat kan alleen bij niveau "veiligheid": bij zorg over veiligheid gaat de meldcode voor',
  'prevention.problem.unknownSource': 'noemt de bron "{id}". Die staat niet bij "sources"',
  'prevention.problem.duplicateSource': 'komt twee keer voor bij de bronnen',
  'prevention.problem.ageOrder': 'moet {minimum} of meer zijn, want "minAge" is {minimum}',
  'prevention.problem.unknownLifeEvent': 'is geen levensgebeurtenis die we kennen',

  'prevention.cli.usage':
    'Gebruik: npm run -s cli -- suggest <huishouden.json> [--profile <id> | --profile-file <profiel.json>] [--now JJJJ-MM-DD], of: npm run -s cli -- profile list | profile export <id> | profile check <profiel.json>',
  'prevention.cli.missingCase': 'Geef het bestand van het huishouden op.',
  'prevention.cli.unknownProfile': 'Het profiel "{profile}" bestaat niet. Kies uit: {profiles}.',
  'prevention.cli.profileTwice': 'Kies --profile of --profile-file, niet allebei.',
  'prevention.cli.caseRejected':
    'Het bestand "{file}" is niet gebruikt voor advies. Dit klopt niet:',
  'prevention.cli.profileRejected':
    'Het profiel in "{file}" is niet ingelezen. Er is niets veranderd. Dit klopt niet:',
  'prevention.cli.profileMissingCommand':
    'Geef op wat u met een profiel wilt doen: list, export of check.',
  'prevention.cli.profileUnknownCommand':
    'De opdracht "profile {command}" bestaat niet. Kies list, export of check.',
  'prevention.cli.profileMissingId': 'Geef de id op van het profiel dat u wilt exporteren.',
  'prevention.cli.profileMissingFile': 'Geef het profielbestand op dat gecontroleerd moet worden.',
  'prevention.cli.listPositions':
    'Een nummer tussen [ ] is de plaats in een lijst. [1] is de eerste.',
} as const;
