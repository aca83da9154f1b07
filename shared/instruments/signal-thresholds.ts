import type { SignalDefinition, SignalThresholds } from './rules-schema';

// The rationale of every number here is in docs/instruments.md ("Signalen").
// Signals depend on answers only, never on age or role (MAG K9).

export const SIGNAL_DEFINITIONS = [
  { id: 'veiligheid', label: 'Veiligheid' },
  { id: 'financieel', label: 'Geld en schulden' },
  { id: 'wonen', label: 'Wonen' },
  { id: 'mantelzorgbelasting', label: 'Zware zorg voor een ander' },
  { id: 'netwerk-eenzaamheid', label: 'Weinig mensen om je heen' },
  { id: 'lichamelijk', label: 'Lichamelijke gezondheid' },
  { id: 'mentaal', label: 'Hoe je je voelt' },
  { id: 'zingeving', label: 'Zin in het leven' },
  { id: 'dagelijks-functioneren', label: 'Dagelijkse dingen regelen' },
  { id: 'basisvaardigheden', label: 'Lezen, schrijven, rekenen en de computer' },
  { id: 'werk', label: 'Werk, school of dagbesteding' },
  { id: 'opvoeden-kind', label: 'Opvoeden en opgroeien' },
] as const satisfies readonly SignalDefinition[];

const mildMatigErnstig = [
  { level: 2, severity: 'mild' },
  { level: 3, severity: 'matig' },
  { level: 4, severity: 'ernstig' },
] as const;
const matigErnstig = [
  { level: 3, severity: 'matig' },
  { level: 4, severity: 'ernstig' },
] as const;
const childArea = [
  { status: 'aandacht', severity: 'mild' },
  { status: 'zorg', severity: 'matig' },
] as const;

export const DEFAULT_SIGNAL_THRESHOLDS = {
  version: '1.0.0',
  positieveGezondheid: {
    bands: [
      { atOrBelow: 3, severity: 'ernstig' },
      { atOrBelow: 4, severity: 'matig' },
      { atOrBelow: 5, severity: 'mild' },
    ],
    aspects: [
      { aspect: 'lichamelijk', signalIds: ['lichamelijk'] },
      { aspect: 'mentaal', signalIds: ['mentaal'] },
      { aspect: 'zingeving', signalIds: ['zingeving'] },
      { aspect: 'kwaliteit-van-leven', signalIds: ['mentaal'] },
      { aspect: 'meedoen', signalIds: ['netwerk-eenzaamheid'] },
      { aspect: 'dagelijks-functioneren', signalIds: ['dagelijks-functioneren'] },
    ],
  },
  brug: [
    { columnId: 'wonen', signalId: 'wonen', levels: mildMatigErnstig },
    { columnId: 'zorg-voor-anderen', signalId: 'mantelzorgbelasting', levels: mildMatigErnstig },
    { columnId: 'gezondheid', signalId: 'dagelijks-functioneren', levels: matigErnstig },
    { columnId: 'sociale-contacten', signalId: 'netwerk-eenzaamheid', levels: matigErnstig },
    { columnId: 'schulden', signalId: 'financieel', levels: mildMatigErnstig },
    {
      columnId: 'spaargeld',
      signalId: 'financieel',
      levels: [
        { level: 3, severity: 'mild' },
        { level: 4, severity: 'matig' },
      ],
    },
    {
      columnId: 'diploma',
      signalId: 'werk',
      levels: [
        { level: 3, severity: 'mild' },
        { level: 4, severity: 'mild' },
      ],
    },
    {
      columnId: 'diploma',
      signalId: 'basisvaardigheden',
      levels: [{ level: 4, severity: 'mild' }],
    },
    { columnId: 'inkomen', signalId: 'financieel', levels: matigErnstig },
    {
      columnId: 'inkomen',
      signalId: 'werk',
      levels: [
        { level: 3, severity: 'mild' },
        { level: 4, severity: 'mild' },
      ],
    },
  ],
  kansencirkel: {
    areas: [
      { areaId: 'actief', signalId: 'opvoeden-kind', statuses: childArea },
      { areaId: 'gerespecteerd', signalId: 'opvoeden-kind', statuses: childArea },
      { areaId: 'verantwoordelijk', signalId: 'opvoeden-kind', statuses: childArea },
      { areaId: 'erbij-horen', signalId: 'opvoeden-kind', statuses: childArea },
      { areaId: 'erbij-horen', signalId: 'netwerk-eenzaamheid', statuses: childArea },
      {
        areaId: 'veilig',
        signalId: 'veiligheid',
        statuses: [
          { status: 'aandacht', severity: 'matig' },
          { status: 'zorg', severity: 'ernstig' },
        ],
      },
      { areaId: 'gezond', signalId: 'opvoeden-kind', statuses: childArea },
      { areaId: 'gezond', signalId: 'lichamelijk', statuses: childArea },
      { areaId: 'ontplooiing', signalId: 'opvoeden-kind', statuses: childArea },
      {
        areaId: 'gekoesterd',
        signalId: 'opvoeden-kind',
        statuses: [
          { status: 'aandacht', severity: 'matig' },
          { status: 'zorg', severity: 'ernstig' },
        ],
      },
    ],
    zorgCount: { atOrAbove: 3, signalId: 'opvoeden-kind', severity: 'ernstig' },
  },
  factors: {
    weightSeverity: [
      { weight: 1, severity: 'mild' },
      { weight: 2, severity: 'matig' },
      { weight: 3, severity: 'ernstig' },
    ],
    rules: [
      { factorId: 'lichamelijke-klachten', signalId: 'lichamelijk' },
      { factorId: 'beperking-of-chronische-ziekte', signalId: 'lichamelijk' },
      { factorId: 'gezondheidsklachten', signalId: 'dagelijks-functioneren' },
      { factorId: 'psychische-klachten', signalId: 'mentaal' },
      { factorId: 'rouw', signalId: 'mentaal' },
      { factorId: 'langdurige-stress', signalId: 'mentaal' },
      { factorId: 'verslaving', signalId: 'mentaal' },
      { factorId: 'weinig-zingeving', signalId: 'zingeving' },
      { factorId: 'weinig-doenvermogen', signalId: 'dagelijks-functioneren' },
      { factorId: 'schulden', signalId: 'financieel' },
      { factorId: 'geen-spaargeld', signalId: 'financieel' },
      { factorId: 'laag-inkomen', signalId: 'financieel' },
      { factorId: 'hoge-woonlasten', signalId: 'wonen' },
      { factorId: 'geen-vaste-woonplek', signalId: 'wonen' },
      { factorId: 'onveilige-situatie', signalId: 'veiligheid', severity: 'ernstig' },
      { factorId: 'weinig-netwerk', signalId: 'netwerk-eenzaamheid' },
      { factorId: 'zware-zorgtaken', signalId: 'mantelzorgbelasting' },
      { factorId: 'opvoedzorgen', signalId: 'opvoeden-kind' },
      { factorId: 'werkloosheid', signalId: 'werk' },
      { factorId: 'geen-startkwalificatie', signalId: 'werk' },
      { factorId: 'schoolproblemen', signalId: 'werk' },
      { factorId: 'weinig-basisvaardigheden', signalId: 'basisvaardigheden' },
    ],
  },
  lifeEvents: {
    months: 24,
    rules: [
      { eventId: 'baanverlies', signalId: 'werk', severity: 'mild' },
      { eventId: 'baanverlies', signalId: 'financieel', severity: 'mild' },
      { eventId: 'inkomensdaling', signalId: 'financieel', severity: 'mild' },
      { eventId: 'scheiding', signalId: 'financieel', severity: 'mild' },
      { eventId: 'overlijden', signalId: 'mentaal', severity: 'mild' },
      { eventId: 'ziekte', signalId: 'lichamelijk', severity: 'mild' },
      { eventId: 'start-mantelzorg', signalId: 'mantelzorgbelasting', severity: 'mild' },
      { eventId: 'geboorte', signalId: 'opvoeden-kind', severity: 'mild' },
      { eventId: 'pensioen', signalId: 'netwerk-eenzaamheid', severity: 'mild' },
      { eventId: 'schoolwissel-of-schooluitval', signalId: 'werk', severity: 'mild' },
    ],
  },
  safetyConcern: { signalId: 'veiligheid', severity: 'ernstig' },
} as const satisfies SignalThresholds;
