// Texts of the draagkracht/draaglast screen and the balance picture. Merged into nl.ts.
// Factor, sphere and life-event names come from the instrument definition itself.
export const balanceUiMessages = {
  'balance.intro':
    'Wat geeft {name} kracht, en wat weegt zwaar? Kijk samen naar drie delen van het leven. Geef elke factor een gewicht: 1 is licht, 2 is middel, 3 is zwaar.',

  'balance.proposals.title': 'Voorstellen',
  'balance.proposals.intro':
    'Deze factoren komen uit de antwoorden bij Positieve Gezondheid en de Brug. Kijk samen of ze kloppen.',
  'balance.proposals.noSources':
    'Er zijn nog geen voorstellen. Vul eerst Positieve Gezondheid of de Brug in. Dan stelt Keukentafel factoren voor.',
  'balance.proposals.allHandled': 'U hebt alle voorstellen bekeken.',
  'balance.proposals.badge': 'voorgesteld',
  'balance.proposals.what': '{side} bij {sphere}. Gewicht {weight}, {weightWord}. {duration}.',
  'balance.proposals.because': 'Waarom:',
  'balance.proposals.confirm': 'Klopt, overnemen',
  'balance.proposals.dismiss': 'Klopt niet',
  'balance.proposals.dismissedTitle': 'Afgewezen voorstellen ({count})',
  'balance.proposals.restore': 'Toch bekijken',
  'balance.proposals.confirmed': '"{label}" is overgenomen bij {sphere}.',
  'balance.proposals.dismissedNotice': '"{label}" is afgewezen.',
  'balance.proposals.restored': '"{label}" staat weer bij de voorstellen.',

  'balance.evidence.brug': 'Brug: {column} niveau {level}',
  'balance.evidence.pg': 'Positieve Gezondheid: {dimension} cijfer {score}',

  'balance.side.draagkracht': 'Draagkracht',
  'balance.side.draaglast': 'Draaglast',
  'balance.side.draagkrachtHint': 'Wat geeft kracht',
  'balance.side.draaglastHint': 'Wat weegt zwaar',

  'balance.weight.label': 'Gewicht',
  'balance.weight.1': 'licht',
  'balance.weight.2': 'middel',
  'balance.weight.3': 'zwaar',
  'balance.duration.label': 'Duur',
  'balance.duration.tijdelijk': 'Tijdelijk',
  'balance.duration.permanent': 'Blijvend',

  'balance.factors.title': 'Factoren per deel van het leven',
  'balance.factors.empty': 'Nog niets gekozen.',
  'balance.factor.own': 'eigen factor',
  'balance.factor.note': 'Notitie (niet verplicht)',
  'balance.factor.noteAdd': 'Notitie toevoegen',
  'balance.factor.remove': 'Weghalen',
  'balance.factor.removeName': 'Weghalen: {label}',
  'balance.factor.removed': '"{label}" is weggehaald.',

  'balance.add.title': 'Factor toevoegen',
  'balance.add.sphere': 'Deel van het leven',
  'balance.add.side': 'Kant',
  'balance.add.sideDraagkracht': 'Draagkracht: geeft kracht',
  'balance.add.sideDraaglast': 'Draaglast: weegt zwaar',
  'balance.add.factor': 'Factor',
  'balance.add.choose': 'Kies een factor',
  'balance.add.own': 'Iets anders, in eigen woorden',
  'balance.add.ownLabel': 'Wat is het? In een paar woorden',
  'balance.add.submit': 'Factor toevoegen',
  'balance.add.errorChoose': 'Kies een factor uit de lijst.',
  'balance.add.errorOwnLabel': 'Schrijf in een paar woorden wat het is.',
  'balance.add.added': '"{label}" staat nu bij {sphere}.',

  'balance.events.title': 'Levensgebeurtenissen',
  'balance.events.intro':
    'Grote gebeurtenissen kunnen de balans een tijd verstoren. Een gebeurtenis van de laatste {months} maanden telt mee als tijdelijke draaglast. Zonder datum telt hij altijd mee.',
  'balance.events.none': 'Geen gebeurtenissen gekozen.',
  'balance.events.date': 'Datum (niet verplicht)',
  'balance.events.dateShown': 'Datum: {date}.',
  'balance.events.counted': 'Telt mee als tijdelijke draaglast, gewicht {weight}.',
  'balance.events.notCounted.buiten-termijn':
    'Telt niet mee: dit is langer dan {months} maanden geleden.',
  'balance.events.notCounted.al-als-factor':
    'Telt niet mee: deze draaglast staat al bij de factoren.',
  'balance.events.add': 'Gebeurtenis',
  'balance.events.choose': 'Kies een gebeurtenis',
  'balance.events.submit': 'Gebeurtenis toevoegen',
  'balance.events.errorChoose': 'Kies een gebeurtenis uit de lijst.',
  'balance.events.added': '"{label}" is toegevoegd.',

  'balance.picture.title': 'Het beeld',
  'balance.picture.onlyConfirmed':
    'Het beeld telt alleen de factoren die u hebt overgenomen of toegevoegd. Voorstellen tellen nog niet mee.',

  'balance.scale.draaglastSplit': '{permanent} blijvend, {tijdelijk} tijdelijk',
  'balance.scale.tilt.draagkracht': 'De draagkracht weegt zwaarder.',
  'balance.scale.tilt.draaglast': 'De draaglast weegt zwaarder.',
  'balance.scale.tilt.gelijk': 'Draagkracht en draaglast zijn even zwaar.',
  'balance.scale.tilt.leeg': 'Hier is nog niets gekozen.',
  'balance.scale.summary': '{sphere}: draagkracht {draagkracht}, draaglast {draaglast}. {tilt}',
  'balance.scale.total': 'Alles samen: draagkracht {draagkracht}, draaglast {draaglast}.',
  'balance.scale.conclusionLabel': 'Conclusie',

  'balance.level.onbekend': 'Nog onbekend',
  'balance.level.stabiel': 'Stabiel',
  'balance.level.kwetsbaar': 'Kwetsbaar',
  'balance.level.uit-balans': 'Uit balans',
  'balance.conclusion.onbekend':
    'Er zijn nog geen factoren gekozen. Daarom weten we nog niet hoe de balans is.',
  'balance.conclusion.stabiel':
    'De balans is stabiel. Er is meer draagkracht dan draaglast. Er is ruimte om tegenslag op te vangen.',
  'balance.conclusion.kwetsbaar':
    'De balans is kwetsbaar. De draaglast is groot ten opzichte van de draagkracht. Er is een risico dat de balans verloren gaat.',
  'balance.conclusion.uit-balans':
    'De balans is weg. De draaglast is veel groter dan de draagkracht. Er is nu te weinig ruimte om dit zelf op te vangen.',
  'balance.reason.draaglast-overweegt-sterk': 'De draaglast is veel groter dan de draagkracht.',
  'balance.reason.draaglast-gelijk-of-groter':
    'De draaglast is even groot als de draagkracht, of groter.',
  'balance.reason.sfeer-uit-balans': 'Bij {sphere} weegt de draaglast veel zwaarder.',
  'balance.reason.permanente-draaglast-overweegt':
    'De blijvende draaglast is groter dan alle draagkracht samen.',
  'balance.reason.weinig-draagkracht': 'Er is nog niets genoemd dat kracht geeft.',
  'balance.reason.stapeling':
    'Bij meer dan één deel van het leven is de draaglast groter. Problemen stapelen zich op.',
  'balance.reason.tijdelijke-draaglast-door-levensgebeurtenis':
    'Een levensgebeurtenis zorgt nu voor extra draaglast. Dat kan tijdelijk zijn.',
  'balance.reason.draagkracht-overweegt': 'De draagkracht weegt zwaarder dan de draaglast.',
  'balance.reason.geen-factoren': 'Er zijn nog geen factoren gekozen.',
  'balance.reasons.title': 'Waarom',
} as const;
