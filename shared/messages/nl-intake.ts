// Messages of the intake conversation (/huishouden/:id/gesprek/:stap). Merged into the one
// catalogue in nl.ts. The professional is "u"; what the resident reads may say "je".
export const intakeMessages = {
  'intake.title': 'Gesprek met {household}',
  'intake.draftLabel': 'Gesprek met {household}',
  'intake.draftLabelUnknown': 'Een gesprek dat nog niet klaar is',
  'intake.loading': 'Het gesprek wordt geopend…',
  'intake.notFoundTitle': 'Dit huishouden is er niet',
  'intake.notFoundBody': 'Het huishouden is niet gevonden. Kies het opnieuw in de lijst.',
  'intake.backToCaseload': 'Terug naar de lijst',
  'intake.stepOf': 'Stap {number} van {total}',
  'intake.stepsLabel': 'Stappen van het gesprek',
  'intake.stepFilled': 'ingevuld',
  'intake.previous': 'Vorige stap',
  'intake.next': 'Volgende stap',
  'intake.stepNavLabel': 'Naar een andere stap',
  'intake.emptyAllowed': 'U mag een stap leeg laten. Bij de samenvatting ziet u wat nog leeg is.',
  'intake.date': 'Datum van het gesprek',

  'intake.step.vraag': 'De vraag',
  'intake.step.goed': 'Wat gaat goed',
  'intake.step.netwerk': 'Netwerk',
  'intake.step.instrumenten': 'Instrumenten',
  'intake.step.advies': 'Advies',
  'intake.step.veranderen': 'Wat wil je veranderen',
  'intake.step.samenvatting': 'Samenvatting',
  'intake.step.afspraken': 'Afspraken',

  'intake.vraag.label': 'De vraag in de woorden van de inwoner',
  'intake.vraag.hint':
    'Schrijf op wat de inwoner zegt, zo veel mogelijk in zijn of haar eigen woorden. Bijvoorbeeld: "Ik kom niet meer rond en ik slaap slecht."',
  'intake.goed.label': 'Wat gaat goed?',
  'intake.goed.hint':
    'Waar is de inwoner trots op? Wat lukt goed, ook al is het klein? Wie of wat geeft energie?',

  'intake.netwerk.intro':
    'Wie helpt nu al? Wie zou kunnen helpen? Denk aan familie, buren en vrienden (informeel) en aan organisaties zoals de huisarts of school (formeel).',
  'intake.netwerk.empty': 'Er staat nog niemand in het netwerk.',
  'intake.netwerk.add': 'Iemand toevoegen',
  'intake.netwerk.remove': 'Verwijderen',
  'intake.netwerk.removeLabel': '{name} verwijderen uit het netwerk',
  'intake.netwerk.entryTitle': 'Persoon {number}',
  'intake.netwerk.unnamed': 'Nog zonder naam',
  'intake.netwerk.name': 'Naam',
  'intake.netwerk.relation': 'Wie is dit voor het gezin?',
  'intake.netwerk.relationHint': 'Bijvoorbeeld: buurvrouw, zus, huisarts, juf.',
  'intake.netwerk.kind': 'Soort hulp',
  'intake.netwerk.kind.informeel': 'Informeel: familie, vrienden, buren',
  'intake.netwerk.kind.formeel': 'Formeel: een organisatie of professional',
  'intake.netwerk.status': 'Helpt deze persoon al?',
  'intake.netwerk.status.helpt': 'Helpt nu al',
  'intake.netwerk.status.kan-helpen': 'Zou kunnen helpen',
  'intake.netwerk.help': 'Wat doet deze persoon, of wat zou hij of zij kunnen doen?',
  'intake.netwerk.summaryLine': '{name} ({relation}): {kind}, {status}.',

  'intake.instrumenten.intro':
    'Vul per gezinslid in wat past. Het instrument hangt af van de leeftijd. U mag een instrument overslaan.',
  'intake.instrumenten.membersLabel': 'Gezinsleden',
  'intake.instrumenten.noMembers':
    'Dit huishouden heeft nog geen gezinsleden. Voeg ze eerst toe in het dossier.',
  'intake.instrumenten.age': '{age} jaar',
  'intake.instrumenten.instrumentsLabel': 'Instrumenten voor {name}',
  'intake.instrumenten.tab.pg': 'Positieve Gezondheid',
  'intake.instrumenten.tab.brug': 'Brug',
  'intake.instrumenten.tab.kansencirkel': 'Kansencirkel',
  'intake.instrumenten.tab.balance': 'Draagkracht en draaglast',
  'intake.instrumenten.pgNone':
    'Voor kinderen jonger dan 8 jaar is er geen spinnenweb. Gebruik de Kansencirkel.',
  'intake.instrumenten.brugTitle': 'Brug naar Zelfredzaamheid',
  'intake.instrumenten.kansencirkelTitle': 'Kansencirkel',
  'intake.instrumenten.balanceTitle': 'Draagkracht en draaglast',
  'intake.instrumenten.selfEntry': 'Laat de inwoner zelf invullen',
  'intake.instrumenten.selfEntryLabel': 'Laat de inwoner zelf invullen: {instrument} van {name}',
  'intake.instrumenten.filled': 'Ingevuld',
  'intake.instrumenten.notFilled': 'Nog niet ingevuld',
  'intake.instrumenten.safetyTitle': 'Veiligheid',
  'intake.instrumenten.safety':
    'Ik maak mij zorgen over de veiligheid in dit gezin (huiselijk geweld of kindermishandeling)',
  'intake.instrumenten.safetyHint':
    'Volg dan de meldcode. Het advies zet de route naar Veilig Thuis bovenaan.',

  'intake.advies.loading': 'Het gemeenteprofiel wordt geladen…',

  'intake.veranderen.intro':
    'Vraag per gezinslid: wat wil je veranderen? Kies samen één tot drie onderwerpen uit het spinnenweb. De onderwerpen met een lage score staan bovenaan.',
  'intake.veranderen.noPg':
    'Voor {name} is er geen spinnenweb ingevuld. Vul dat eerst in bij Instrumenten, of sla deze persoon over.',
  'intake.veranderen.pick': 'Welke onderwerpen kiest {name}? (één tot drie)',
  'intake.veranderen.score': 'score {score}',
  'intake.veranderen.low': 'laag',
  'intake.veranderen.max':
    'U hebt drie onderwerpen gekozen. Haal er eerst een weg om een ander te kiezen.',
  'intake.veranderen.words': 'Wat wil je veranderen? (in de woorden van {name})',
  'intake.veranderen.needed': 'Wat is daarvoor nodig?',
  'intake.veranderen.whoCanHelp': 'Wie kan helpen?',

  'intake.samenvatting.intro': 'Lees dit samen na. Klopt alles? Dan maakt u de afspraken.',
  'intake.samenvatting.dateLine': 'Het gesprek van {date}.',
  'intake.samenvatting.empty': 'Nog leeg',
  'intake.samenvatting.stillEmpty': 'Wat nog leeg is',
  'intake.samenvatting.nothingEmpty': 'Alle stappen zijn ingevuld.',
  'intake.samenvatting.goTo': 'Naar {step}',
  'intake.samenvatting.question': 'De vraag',
  'intake.samenvatting.strengths': 'Wat gaat goed',
  'intake.samenvatting.network': 'Netwerk',
  'intake.samenvatting.members': 'Per gezinslid',
  'intake.samenvatting.advice': 'Advies',
  'intake.samenvatting.adviceAccepted': 'Overgenomen: {count}',
  'intake.samenvatting.adviceDeclined': 'Niet gekozen: {count}',
  'intake.samenvatting.wishes': 'Wat wil je veranderen',
  'intake.samenvatting.pgChart': 'Scores van {name} in een staafje per onderwerp',
  'intake.samenvatting.scoreOf': '{score} van 10',
  'intake.samenvatting.notScored': 'geen score',
  'intake.samenvatting.brugLevels': 'Brug naar Zelfredzaamheid',
  'intake.samenvatting.brugLevel': 'niveau {level}',
  'intake.samenvatting.brugComputed': 'niveau {level} (berekend)',
  'intake.samenvatting.brugMissing': 'niet ingevuld',
  'intake.samenvatting.kansencirkel': 'Kansencirkel',
  'intake.samenvatting.balance': 'Draagkracht en draaglast',
  'intake.samenvatting.noInstruments': 'Geen instrument ingevuld.',
  'intake.samenvatting.safety': 'Er is zorg over de veiligheid. Volg de meldcode.',
  'intake.samenvatting.ave': 'Fase van het gezin (AVE)',
  'intake.samenvatting.aveIntro':
    'Keukentafel stelt een fase voor op basis van de antwoorden. Dit is een voorstel: u beslist.',
  'intake.samenvatting.aveProposed': 'Voorstel: fase {phase}, {title}.',
  'intake.samenvatting.aveChoose': 'Welke fase kiest u?',
  'intake.samenvatting.avePhase': 'Fase {phase} ({colour}): {title}',
  'intake.samenvatting.aveProposedTag': 'voorstel',
  'intake.samenvatting.aveReason.geen-signalen': 'Er zijn geen signalen uit de instrumenten.',
  'intake.samenvatting.aveReason.alleen-lichte-signalen':
    'Er zijn alleen lichte signalen. Dat hoort bij het gewone leven.',
  'intake.samenvatting.aveReason.vraag-of-probleem': 'Er is een vraag of probleem op: {areas}.',
  'intake.samenvatting.aveReason.meer-leefgebieden': 'Er zijn problemen op meer gebieden: {areas}.',
  'intake.samenvatting.aveReason.ernstig-meer-leefgebieden':
    'Er zijn ernstige problemen op meer dan één gebied.',
  'intake.samenvatting.aveReason.uit-balans':
    'De balans van draagkracht en draaglast is uit evenwicht.',
  'intake.samenvatting.aveReason.veiligheid': 'Er is zorg over de veiligheid.',
  'intake.samenvatting.aveEscalation':
    'Fase 4 (escalatie) stelt Keukentafel nooit zelf voor. Kies die als er acuut gevaar is.',
  'intake.samenvatting.note': 'Uw eigen notitie bij dit gesprek',

  'intake.afspraken.intro':
    'Wat spreekt u af? Wie doet het, en wanneer? Overgenomen advies staat er al in. U kunt alles aanpassen.',
  'intake.afspraken.empty': 'Er zijn nog geen afspraken.',
  'intake.afspraken.add': 'Afspraak toevoegen',
  'intake.afspraken.fromAdvice': 'Overgenomen advies toevoegen',
  'intake.afspraken.fromAdviceNone':
    'Er is geen overgenomen advies dat nog niet in de lijst staat.',
  'intake.afspraken.entryTitle': 'Afspraak {number}',
  'intake.afspraken.what': 'Wat spreekt u af?',
  'intake.afspraken.actor': 'Wie doet het?',
  'intake.afspraken.actorName': 'Naam (als dat nodig is)',
  'intake.afspraken.due': 'Wanneer is het klaar? (mag leeg blijven)',
  'intake.afspraken.remove': 'Verwijderen',
  'intake.afspraken.removeLabel': 'Afspraak {number} verwijderen',
  'intake.afspraken.actor.inwoner': 'De inwoner',
  'intake.afspraken.actor.netwerk': 'Iemand uit het netwerk',
  'intake.afspraken.actor.partner': 'Een organisatie',
  'intake.afspraken.actor.professional': 'De professional',

  'intake.finish': 'Gesprek afronden',
  'intake.finishHint':
    'Daarna staan het gesprek en de scores in het dossier. U kunt het gesprek dan niet meer in deze stappen aanpassen.',
  'intake.finishing': 'Even geduld, het gesprek wordt opgeslagen…',
  'intake.finished': 'Het gesprek is opgeslagen in het dossier.',
  'intake.invalid.networkName':
    'Netwerk: persoon {number} heeft nog geen naam. Vul een naam in of verwijder de regel.',
  'intake.invalid.wishWords':
    'Wat wil je veranderen: vul de woorden van {name} in bij "{dimension}", of haal het vinkje weg.',
  'intake.invalid.agreementWhat':
    'Afspraken: vul bij afspraak {number} in wat u afspreekt, of verwijder de afspraak.',
  'intake.invalid.date': 'De datum van het gesprek klopt niet.',
  'intake.invalid.assessment': 'Een ingevuld instrument van {name} klopt niet: {problem}',
  'intake.saveFailed':
    'Het gesprek is niet opgeslagen: {reason} Uw invoer staat nog in het gesprek. Probeer het opnieuw.',
  'intake.savePartly':
    'Een deel is al opgeslagen. Dat wordt bij een nieuwe poging niet dubbel opgeslagen.',
} as const;
