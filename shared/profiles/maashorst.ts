import { BRUG_INCOME_THRESHOLDS_2019 } from '../instruments/brug';
import { DEFAULT_ENGINE_THRESHOLDS } from '../prevention/engine-thresholds';
import { GENERIC_ENTRIES, SAFETY_ROUTE } from './generic';
import type { Profile } from './schema';
import { BELEIDSKADER_MAASHORST, KEUKENTAFEL_DOMEIN } from './sources';

// Maashorst, from the strategisch beleidskader sociaal domein 2023-2028 (seed 002): a broad social
// base in every wijk and kern, normaliseren, and a warme overdracht to the gemeentelijke toegang.

const KADER = BELEIDSKADER_MAASHORST.id;

export const MAASHORST = {
  format: 'keukentafel-profiel',
  formatVersion: 1,
  id: 'maashorst',
  version: '1.0.0',
  name: 'Maashorst',
  description:
    'Profiel volgens het strategisch beleidskader sociaal domein 2023-2028. Doel: 80% van de vragen oplossen met eigen kracht, het netwerk of de sociale basis in de wijk. Gewone problemen gewoon oplossen. Is meer nodig, dan volgt een warme overdracht naar de gemeentelijke toegang.',
  sources: [BELEIDSKADER_MAASHORST, KEUKENTAFEL_DOMEIN],
  emphases: [
    {
      id: 'sociale-basis',
      title: '80% via eigen kracht, netwerk en sociale basis',
      description:
        'De meeste vragen worden opgelost met wat de inwoner zelf kan, met het netwerk of met voorzieningen in de wijk of kern.',
      kaders: ['K3', 'K5', 'K7'],
      opgaven: ['t3-verbondenheid', 't3-basisvaardigheden'],
      source: { documentId: KADER, section: 'Beleidskoers' },
    },
    {
      id: 'normaliseren',
      title: 'Normaliseren',
      description:
        'Tegenslag hoort bij het leven. Zoek eerst een gewone oplossing in de eigen omgeving, zonder meteen een traject.',
      kaders: ['K5'],
      opgaven: ['t1-opgroeien'],
      source: { documentId: KADER, section: 'Speerpunten: Normaliseren' },
    },
    {
      id: 'ave-model',
      title: 'Op- en afschalen met het AVE-model',
      description:
        'Bij complexe situaties weten professionals wanneer zij opschalen of afschalen. Zij werken volgens het AVE-model.',
      kaders: ['K6'],
      opgaven: [],
      source: {
        documentId: KADER,
        section: 'Speerpunten: Toeleiden naar gespecialiseerde ondersteuning',
      },
    },
  ],
  thresholds: { engine: DEFAULT_ENGINE_THRESHOLDS, income: BRUG_INCOME_THRESHOLDS_2019 },
  routes: { safety: SAFETY_ROUTE, warmeOverdracht: 'gemeentelijke-toegang' },
  catalogue: [
    ...GENERIC_ENTRIES,
    {
      id: 'professional-in-de-wijk',
      name: 'Vaste professional in wijk of kern',
      provider: 'Professionals in de wijken en kernen',
      description:
        'In elke wijk en kern werken vaste professionals. Zij luisteren, denken mee en helpen de inwoner op weg naar passende steun dichtbij.',
      level: 'universeel',
      opgaven: ['t3-verbondenheid', 't2-ondersteuning-in-en-om-huis'],
      triggers: {
        signals: [
          { signalId: 'netwerk-eenzaamheid', atOrAbove: 'mild' },
          { signalId: 'dagelijks-functioneren', atOrAbove: 'mild' },
          { signalId: 'mentaal', atOrAbove: 'mild' },
          { signalId: 'financieel', atOrAbove: 'mild' },
          { signalId: 'wonen', atOrAbove: 'mild' },
          { signalId: 'mantelzorgbelasting', atOrAbove: 'mild' },
          { signalId: 'opvoeden-kind', atOrAbove: 'mild' },
        ],
      },
      fit: {},
      collective: false,
      actor: 'professional',
      kaders: ['K2', 'K7'],
      available: true,
      source: { documentId: KADER, section: 'Speerpunten: Versterken van de sociale basis' },
    },
    {
      id: 'inlooppunt',
      name: 'Inlooppunt in de wijk',
      provider: 'Inlooppunten in wijken en kernen',
      description:
        'Bij een inlooppunt kunt u zonder afspraak binnenlopen. Er is hulp bij taal, digitale vaardigheden, formulieren en juridische vragen.',
      level: 'universeel',
      opgaven: ['t3-basisvaardigheden'],
      triggers: {
        signals: [
          { signalId: 'basisvaardigheden', atOrAbove: 'mild' },
          { signalId: 'financieel', atOrAbove: 'mild' },
          { signalId: 'dagelijks-functioneren', atOrAbove: 'mild' },
        ],
      },
      fit: {},
      collective: true,
      actor: 'inwoner',
      kaders: ['K1', 'K3'],
      available: true,
      source: { documentId: KADER, section: 'Strategische doelstellingen: sociale ongelijkheid' },
    },
    {
      id: 'ontmoetingsplek',
      name: 'Ontmoetingsplek in de wijk',
      provider: 'Ontmoetingsplekken in wijken en kernen',
      description:
        'Een plek dichtbij huis waar u makkelijk binnenloopt voor ontmoeting, informatie en advies.',
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
      source: { documentId: KADER, section: 'Speerpunten: Versterken van de sociale basis' },
    },
    {
      id: 'sport-bewegen-cultuur',
      name: 'Sport, bewegen en cultuur',
      provider: 'Verenigingen en partners',
      description:
        'Er is aanbod om te bewegen, te sporten en mee te doen met cultuur, dichtbij huis. Het verenigingsleven is een belangrijke pijler.',
      level: 'universeel',
      opgaven: ['t3-leefstijl-volwassenen', 't1-leefstijl-jeugd'],
      triggers: {
        signals: [
          { signalId: 'lichamelijk', atOrAbove: 'mild' },
          { signalId: 'mentaal', atOrAbove: 'mild' },
          { signalId: 'netwerk-eenzaamheid', atOrAbove: 'mild' },
        ],
      },
      fit: {},
      collective: true,
      actor: 'inwoner',
      kaders: ['K1', 'K3'],
      available: true,
      source: {
        documentId: KADER,
        section: 'Visie; Speerpunten: Stimuleren van een gezonde levensstijl',
      },
    },
    {
      id: 'preventiewerker-jeugd',
      name: 'Preventiewerker jeugd',
      provider: 'Preventiewerkers jeugd',
      description:
        'Bij de preventiewerker jeugd kunnen ouders twijfels over de opvoeding bespreken. Vaak hoort zo’n vraag bij het gewone opgroeien.',
      level: 'universeel',
      opgaven: ['t1-opgroeien'],
      triggers: { signals: [{ signalId: 'opvoeden-kind', atOrAbove: 'mild' }] },
      fit: { maxAge: 17 },
      collective: false,
      actor: 'professional',
      kaders: ['K5'],
      available: true,
      source: { documentId: KADER, section: 'Speerpunten: Normaliseren' },
    },
    {
      id: 'sportcoach',
      name: 'Sportcoach',
      provider: 'Sportcoaches',
      description:
        'Een sportcoach is iemand bij wie een jongere zijn verhaal kwijt kan, bijvoorbeeld als het thuis niet lekker loopt. Sport en een vertrouwd persoon helpen.',
      level: 'universeel',
      opgaven: ['t1-leefstijl-jeugd', 't3-leefstijl-volwassenen'],
      triggers: {
        signals: [
          { signalId: 'lichamelijk', atOrAbove: 'mild' },
          { signalId: 'mentaal', atOrAbove: 'mild' },
          { signalId: 'opvoeden-kind', atOrAbove: 'mild' },
        ],
      },
      fit: {},
      collective: true,
      actor: 'partner',
      kaders: ['K1', 'K5'],
      available: true,
      source: { documentId: KADER, section: 'Speerpunten: Normaliseren' },
    },
    {
      id: 'peuteropvang-ikc',
      name: 'Peuteropvang en integraal kindcentrum',
      provider: 'Peuteropvang en integrale kindcentra',
      description:
        'Peuteropvang is er voor alle kinderen. Kinderen met een risico op achterstand krijgen extra aanbod. In een integraal kindcentrum zitten onderwijs en opvang samen.',
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
      kaders: ['K1', 'K3', 'K8'],
      available: true,
      source: { documentId: KADER, section: 'Beleidsterreinen: onderwijs' },
    },
    {
      id: 'schulden-advies',
      name: 'Advies bij (dreigende) schulden',
      provider: 'Gemeente Maashorst',
      description:
        'Bij dreigende schulden kan de inwoner bij de gemeente terecht voor advies. Hoe eerder, hoe beter.',
      level: 'selectief',
      opgaven: ['t3-schulden-volwassenen', 't1-schulden-kinderen-gezinnen'],
      triggers: { signals: [{ signalId: 'financieel', atOrAbove: 'matig', fields: ['schulden'] }] },
      fit: {},
      collective: false,
      actor: 'partner',
      kaders: ['K2', 'K7'],
      available: true,
      source: {
        documentId: KADER,
        section: 'Beleidsterreinen: Wet gemeentelijke schuldhulpverlening',
      },
    },
    {
      id: 'werk-participatiewet',
      name: 'Op weg naar werk',
      provider: 'Gemeente Maashorst',
      description:
        'Wie geen werk heeft, krijgt hulp op weg naar werk. De Participatiewet is bedoeld als trampoline, niet als vangnet.',
      level: 'selectief',
      opgaven: ['t3-werk-participatie'],
      triggers: { signals: [{ signalId: 'werk', atOrAbove: 'mild' }] },
      fit: {},
      collective: false,
      actor: 'partner',
      kaders: ['K4', 'K7'],
      available: true,
      source: { documentId: KADER, section: 'Beleidsterreinen: Participatiewet' },
    },
    {
      id: 'begeleiding-inburgering',
      name: 'Begeleiding bij inburgering',
      provider: 'Gemeente Maashorst',
      description:
        'De gemeente begeleidt nieuwkomers bij hun inburgering, zodat zij snel meedoen en werk vinden. Vraag na of dit voor de inwoner geldt.',
      level: 'selectief',
      opgaven: ['t3-inburgering', 't3-basisvaardigheden'],
      triggers: { signals: [{ signalId: 'basisvaardigheden', atOrAbove: 'mild' }] },
      fit: {},
      collective: false,
      actor: 'partner',
      kaders: ['K7', 'K8'],
      available: true,
      source: { documentId: KADER, section: 'Beleidsterreinen: Wet inburgering' },
    },
    {
      id: 'schuldhulpverlening',
      name: 'Schuldhulpverlening',
      provider: 'Gemeente Maashorst',
      description:
        'Bij problematische schulden helpt de gemeente, bijvoorbeeld met schuldbemiddeling of een saneringskrediet. Regel een warme overdracht.',
      level: 'maatwerk',
      opgaven: ['t3-schulden-volwassenen', 't1-schulden-kinderen-gezinnen'],
      triggers: {
        signals: [{ signalId: 'financieel', atOrAbove: 'ernstig', fields: ['schulden'] }],
      },
      fit: {},
      collective: false,
      actor: 'partner',
      kaders: ['K6', 'K7'],
      available: true,
      source: {
        documentId: KADER,
        section: 'Beleidsterreinen: Wet gemeentelijke schuldhulpverlening',
      },
    },
    {
      id: 'gemeentelijke-toegang',
      name: 'Gemeentelijke toegang (maatwerk)',
      provider: 'Gemeente Maashorst',
      description:
        'De gemeentelijke toegang onderzoekt of een maatwerkvoorziening nodig is. Een bekende professional uit de wijk regelt een warme overdracht, zodat de inwoner niet alleen over de drempel hoeft.',
      level: 'maatwerk',
      opgaven: ['t2-ondersteuning-in-en-om-huis', 't1-opgroeien'],
      triggers: {
        signals: [
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
      source: {
        documentId: KADER,
        section: 'Speerpunten: Toeleiden naar gespecialiseerde ondersteuning',
      },
    },
  ],
} as const satisfies Profile;
