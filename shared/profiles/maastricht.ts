import { BRUG_INCOME_THRESHOLDS_2019 } from '../instruments/brug';
import { DEFAULT_ENGINE_THRESHOLDS } from '../prevention/engine-thresholds';
import { GENERIC_ENTRIES, SAFETY_ROUTE } from './generic';
import type { Profile } from './schema';
import { KEUKENTAFEL_DOMEIN, SOCIALE_VISIE_MAASTRICHT } from './sources';

// Maastricht, from the Sociale visie 2040 "van vangnet naar trampoline" (seed 003): bestaanszekerheid,
// gelijke kansen, positieve gezondheid; er op af bij schulden; one family, one plan, one regisseur.

const VISIE = SOCIALE_VISIE_MAASTRICHT.id;

export const MAASTRICHT = {
  format: 'keukentafel-profiel',
  formatVersion: 1,
  id: 'maastricht',
  version: '1.0.0',
  name: 'Maastricht',
  description:
    'Profiel volgens de Sociale visie 2040: van vangnet naar trampoline. Bestaanszekerheid, gelijke kansen en positieve gezondheid voor iedereen. Bij schulden gaat de gemeente er vroeg op af. Bij complexe vragen: één gezin, één plan, één regisseur.',
  sources: [SOCIALE_VISIE_MAASTRICHT, KEUKENTAFEL_DOMEIN],
  emphases: [
    {
      id: 'bestaanszekerheid-voor-iedereen',
      title: 'Bestaanszekerheid voor iedereen',
      description:
        'Genoeg geld, een dak boven je hoofd, werk of zinvolle dagbesteding. Wie moet overleven, heeft minder overzicht en minder ruimte voor andere dingen.',
      kaders: ['K2', 'K6'],
      opgaven: [
        't3-armoede-volwassenen',
        't3-schulden-volwassenen',
        't1-armoede-kinderen-gezinnen',
        't1-schulden-kinderen-gezinnen',
        't2-geschikte-woningen',
        't3-werk-participatie',
      ],
      source: { documentId: VISIE, section: '§3.1' },
    },
    {
      id: 'gelijke-kansen',
      title: 'Gelijke kansen',
      description:
        'Ieder kind verdient dezelfde kansen. Dat vraagt soms ongelijk investeren: meer steun waar minder kansen zijn.',
      kaders: ['K8', 'K1'],
      opgaven: ['t1-onderwijs-kinderopvang', 't1-opgroeien', 't1-armoede-kinderen-gezinnen'],
      source: { documentId: VISIE, section: '§3.2' },
    },
    {
      id: 'doen-wat-nodig-is',
      title: 'Doen wat nodig is',
      description:
        'Bij maatwerk telt niet alleen de regel. Ook: doet de inwoner mee (draagvlak), is het verstandig met schaarse middelen (rendement) en maakt het echt verschil (legitimiteit)?',
      kaders: ['K6', 'K7'],
      opgaven: [],
      source: { documentId: VISIE, section: '§4 (We doen wat nodig is)' },
    },
  ],
  thresholds: { engine: DEFAULT_ENGINE_THRESHOLDS, income: BRUG_INCOME_THRESHOLDS_2019 },
  routes: { safety: SAFETY_ROUTE, warmeOverdracht: 'een-gezin-een-plan' },
  catalogue: [
    ...GENERIC_ENTRIES,
    {
      id: 'ontmoetingsplek',
      name: 'Ontmoetingsplek in de buurt',
      provider: 'Ontmoetingsplekken in Maastricht',
      description:
        'Maastricht heeft veel ontmoetingsplekken in de buurten. Daar kunt u andere mensen ontmoeten en meedoen met activiteiten.',
      level: 'universeel',
      opgaven: ['t3-verbondenheid'],
      triggers: {
        signals: [
          { signalId: 'netwerk-eenzaamheid', atOrAbove: 'mild' },
          { signalId: 'zingeving', atOrAbove: 'mild' },
          { signalId: 'mentaal', atOrAbove: 'mild' },
        ],
        balance: ['stabiel'],
      },
      fit: {},
      collective: true,
      actor: 'inwoner',
      kaders: ['K3', 'K4'],
      available: true,
      source: { documentId: VISIE, section: 'bijlage: (arbeids)participatie' },
    },
    {
      id: 'gezond-leven',
      name: 'Gezond leven met positieve gezondheid',
      provider: 'Gemeente Maastricht en partners',
      description:
        'Toegankelijke steun om gezonder te leven, vanuit positieve gezondheid. Bewegen, ontmoeten en gezond eten horen erbij.',
      level: 'universeel',
      opgaven: ['t3-leefstijl-volwassenen', 't1-leefstijl-jeugd'],
      triggers: {
        signals: [
          { signalId: 'lichamelijk', atOrAbove: 'mild' },
          { signalId: 'mentaal', atOrAbove: 'mild' },
        ],
      },
      fit: {},
      collective: true,
      actor: 'inwoner',
      kaders: ['K1'],
      available: true,
      source: { documentId: VISIE, section: '§3.3' },
    },
    {
      id: 'integraal-kindcentrum',
      name: 'Integraal kindcentrum',
      provider: 'Integrale kindcentra',
      description:
        'In een integraal kindcentrum zitten kinderopvang, onderwijs en ondersteuning bij elkaar. Zo krijgt een kind op één plek wat het nodig heeft.',
      level: 'universeel',
      opgaven: ['t1-onderwijs-kinderopvang'],
      triggers: {
        signals: [
          { signalId: 'opvoeden-kind', atOrAbove: 'mild' },
          { signalId: 'werk', atOrAbove: 'mild' },
        ],
      },
      fit: { maxAge: 12 },
      collective: true,
      actor: 'partner',
      kaders: ['K1', 'K8'],
      available: true,
      source: { documentId: VISIE, section: '§3.2' },
    },
    {
      id: 'vroegsignalering-schulden',
      name: 'Er op af bij geldzorgen',
      provider: 'Gemeente Maastricht',
      description:
        'Mensen met schulden wachten vaak te lang met hulp vragen, uit schaamte. Daarom gaat de gemeente er actief op af en helpt ze over de drempel.',
      level: 'selectief',
      opgaven: ['t3-schulden-volwassenen', 't1-schulden-kinderen-gezinnen'],
      triggers: { signals: [{ signalId: 'financieel', atOrAbove: 'mild', fields: ['schulden'] }] },
      fit: {},
      collective: false,
      actor: 'professional',
      kaders: ['K2', 'K7'],
      available: true,
      source: { documentId: VISIE, section: '§4 (zo vroeg en dichtbij mogelijk); §3.1' },
    },
    {
      id: 'kinderen-in-armoede',
      name: 'Extra steun voor kinderen in armoede',
      provider: 'Gemeente Maastricht',
      description:
        'Kinderen in een gezin met weinig geld kunnen extra steun krijgen. Dan kunnen ze sporten, muziek maken of een andere passie ontdekken.',
      level: 'selectief',
      opgaven: ['t1-armoede-kinderen-gezinnen'],
      triggers: { signals: [{ signalId: 'financieel', atOrAbove: 'matig' }] },
      fit: { householdTypes: ['eenoudergezin', 'gezin-met-kinderen'] },
      collective: false,
      actor: 'inwoner',
      kaders: ['K2', 'K8'],
      available: true,
      source: { documentId: VISIE, section: '§3.2' },
    },
    {
      id: 'steun-ouderschap',
      name: 'Steun bij ouderschap',
      provider: 'Gemeente Maastricht en partners',
      description:
        'Steun om het ouderschap sterker te maken. Ouders en professionals werken daarbij samen.',
      level: 'selectief',
      opgaven: ['t1-opgroeien'],
      triggers: { signals: [{ signalId: 'opvoeden-kind', atOrAbove: 'mild' }] },
      fit: { maxAge: 17 },
      collective: false,
      actor: 'partner',
      kaders: ['K1', 'K7'],
      available: true,
      source: { documentId: VISIE, section: '§3.2' },
    },
    {
      id: 'aanpak-schoolverlaten',
      name: 'Aanpak voortijdig schoolverlaten',
      provider: 'Gemeente Maastricht, onderwijs en partners',
      description:
        'Jongeren die zonder diploma van school gaan, blijven in beeld. Ze krijgen steun om toch een diploma of betaald werk te halen.',
      level: 'selectief',
      opgaven: ['t1-onderwijs-kinderopvang', 't3-werk-participatie'],
      triggers: { signals: [{ signalId: 'werk', atOrAbove: 'mild' }] },
      fit: { minAge: 12, maxAge: 23 },
      collective: false,
      actor: 'partner',
      kaders: ['K1', 'K2'],
      available: true,
      source: { documentId: VISIE, section: '§3.2' },
    },
    {
      id: 'werk-of-dagbesteding',
      name: 'Werk of zinvolle dagbesteding',
      provider: 'Gemeente Maastricht en partners',
      description:
        'Een sluitende keten helpt inwoners om betaald werk of een zinvolle dagbesteding te vinden en te houden.',
      level: 'selectief',
      opgaven: ['t3-werk-participatie'],
      triggers: {
        signals: [
          { signalId: 'werk', atOrAbove: 'mild' },
          { signalId: 'zingeving', atOrAbove: 'matig' },
        ],
      },
      fit: {},
      collective: false,
      actor: 'partner',
      kaders: ['K4', 'K7'],
      available: true,
      source: { documentId: VISIE, section: '§3.1' },
    },
    {
      id: 'zicht-op-thuis',
      name: 'Zicht op Thuis',
      provider: 'Gemeente Maastricht',
      description:
        'Zicht op Thuis zorgt voor duurzame, passende woonoplossingen, ook voor inwoners in een kwetsbare positie.',
      level: 'geindiceerd',
      opgaven: ['t2-geschikte-woningen'],
      triggers: { signals: [{ signalId: 'wonen', atOrAbove: 'matig' }] },
      fit: {},
      collective: false,
      actor: 'partner',
      kaders: ['K2'],
      available: true,
      source: { documentId: VISIE, section: '§3.1' },
    },
    {
      id: 'een-gezin-een-plan',
      name: 'Eén gezin, één plan, één regisseur',
      provider: 'Gemeente Maastricht en ketenpartners',
      description:
        'Bij meervoudige en complexe vragen werken partners met één plan en één regisseur voor het hele gezin. Regel een warme overdracht.',
      level: 'maatwerk',
      opgaven: ['t2-ondersteuning-in-en-om-huis', 't1-opgroeien'],
      triggers: {
        signals: [
          { signalId: 'financieel', atOrAbove: 'ernstig' },
          { signalId: 'mentaal', atOrAbove: 'ernstig' },
          { signalId: 'dagelijks-functioneren', atOrAbove: 'ernstig' },
          { signalId: 'opvoeden-kind', atOrAbove: 'ernstig' },
          { signalId: 'mantelzorgbelasting', atOrAbove: 'ernstig' },
          { signalId: 'wonen', atOrAbove: 'ernstig' },
        ],
      },
      fit: {},
      collective: false,
      actor: 'professional',
      kaders: ['K6', 'K7'],
      available: true,
      source: { documentId: VISIE, section: '§4 (We doen wat nodig is)' },
    },
  ],
} as const satisfies Profile;
