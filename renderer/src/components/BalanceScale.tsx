import { useId } from 'react';
import { DRAAGKRACHT_DRAAGLAST } from '../../../shared/instruments/draagkracht-draaglast';
import type { BalanceResult, SphereBalance } from '../../../shared/schemas/results';
import type { KwetsbaarheidLevel } from '../../../shared/schemas/vocabulary';
import { formatNumber, t } from '../app/i18n';
import '../styles/balance.css';

export type Tilt = 'draagkracht' | 'draaglast' | 'gelijk' | 'leeg';

const DEGREES_PER_POINT = 4;
const MAX_DEGREES = 16;

/** Which pan goes down; positive degrees turn the beam clockwise (the draaglast pan sinks). */
export function beamTilt(draagkracht: number, draaglast: number): { tilt: Tilt; degrees: number } {
  const difference = draaglast - draagkracht;
  if (draagkracht === 0 && draaglast === 0) return { tilt: 'leeg', degrees: 0 };
  if (difference === 0) return { tilt: 'gelijk', degrees: 0 };
  const degrees =
    Math.sign(difference) * Math.min(Math.abs(difference) * DEGREES_PER_POINT, MAX_DEGREES);
  return { tilt: difference > 0 ? 'draaglast' : 'draagkracht', degrees };
}

const BADGE: Record<KwetsbaarheidLevel, string> = {
  onbekend: 'utrecht-status-badge--neutral',
  stabiel: 'utrecht-status-badge--safe',
  kwetsbaar: 'utrecht-status-badge--warning',
  'uit-balans': 'utrecht-status-badge--danger',
};

function sphereLabel(sphereId: string): string {
  return DRAAGKRACHT_DRAAGLAST.spheres.find((sphere) => sphere.id === sphereId)?.label ?? sphereId;
}

const PIVOT_X = 120;
const PIVOT_Y = 34;
const ARM = 88;
const STRING = 44;

/** The drawing only; every number and the tilt are also given as text beside it. */
function ScaleDrawing({
  degrees,
  draagkracht,
  draaglast,
}: {
  degrees: number;
  draagkracht: number;
  draaglast: number;
}) {
  const patternId = useId();
  const radians = (degrees * Math.PI) / 180;
  const dx = ARM * Math.cos(radians);
  const dy = ARM * Math.sin(radians);
  const left = { x: PIVOT_X - dx, y: PIVOT_Y - dy };
  const right = { x: PIVOT_X + dx, y: PIVOT_Y + dy };
  const pan = (end: { x: number; y: number }, side: 'draagkracht' | 'draaglast', sum: number) => {
    const rim = end.y + STRING;
    return (
      <g className={`balance-drawing__pan balance-drawing__pan--${side}`}>
        <line x1={end.x} y1={end.y} x2={end.x - 34} y2={rim} className="balance-drawing__string" />
        <line x1={end.x} y1={end.y} x2={end.x + 34} y2={rim} className="balance-drawing__string" />
        <path
          d={`M ${String(end.x - 40)} ${String(rim)} Q ${String(end.x)} ${String(rim + 30)} ${String(end.x + 40)} ${String(rim)} Z`}
          className="balance-drawing__bowl"
          fill={side === 'draaglast' ? `url(#${patternId})` : undefined}
        />
        <text x={end.x} y={rim - 8} textAnchor="middle" className="balance-drawing__sum">
          {formatNumber(sum)}
        </text>
      </g>
    );
  };
  return (
    <svg viewBox="0 0 240 150" className="balance-drawing" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={patternId}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" className="balance-drawing__hatch-ground" />
          <line x1="0" y1="0" x2="0" y2="8" className="balance-drawing__hatch-line" />
        </pattern>
      </defs>
      <path d="M 120 40 L 120 134" className="balance-drawing__post" />
      <path d="M 92 142 L 148 142 L 136 132 L 104 132 Z" className="balance-drawing__base" />
      <line x1={left.x} y1={left.y} x2={right.x} y2={right.y} className="balance-drawing__beam" />
      <circle cx={PIVOT_X} cy={PIVOT_Y} r="6" className="balance-drawing__pivot" />
      {pan(left, 'draagkracht', draagkracht)}
      {pan(right, 'draaglast', draaglast)}
    </svg>
  );
}

function Pan({
  side,
  sum,
  items,
  split,
  showItems,
}: {
  side: 'draagkracht' | 'draaglast';
  sum: number;
  items: readonly { id: string; label: string; weight: number }[];
  split: string | null;
  showItems: boolean;
}) {
  return (
    <div className={`balance-sphere__pan balance-sphere__pan--${side}`}>
      <p className="balance-sphere__sum">
        <span className="balance-sphere__side">{t(`balance.side.${side}`)}</span>{' '}
        <span className="balance-sphere__number">{formatNumber(sum)}</span>
      </p>
      {split !== null && <p className="balance-sphere__split">{split}</p>}
      {showItems && items.length > 0 && (
        <ul className="balance-sphere__items">
          {items.map((item) => (
            <li key={item.id}>
              <span>{item.label}</span>{' '}
              <span className="balance-sphere__weight">{formatNumber(item.weight)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SphereScale({ sphere, variant }: { sphere: SphereBalance; variant: 'full' | 'compact' }) {
  const { tilt, degrees } = beamTilt(sphere.draagkracht, sphere.draaglast);
  const captionId = useId();
  const item = (id: string, label: string, weight: number) => ({ id, label, weight });
  const strengths = sphere.factors
    .filter((factor) => factor.side === 'draagkracht')
    .map((factor) => item(factor.factorId, factor.label, factor.weight));
  const burdens = [
    ...sphere.factors
      .filter((factor) => factor.side === 'draaglast')
      .map((factor) => item(factor.factorId, factor.label, factor.weight)),
    ...sphere.lifeEvents
      .filter((event) => event.counted)
      .map((event) => item(`event-${event.eventId}`, event.label, event.weight)),
  ];
  return (
    <figure
      className={`balance-sphere balance-sphere--${tilt}`}
      aria-labelledby={captionId}
      data-tilt={tilt}
      data-degrees={degrees}
    >
      <figcaption id={captionId} className="balance-sphere__name">
        {sphereLabel(sphere.sphereId)}
      </figcaption>
      <Pan
        side="draagkracht"
        sum={sphere.draagkracht}
        items={strengths}
        split={null}
        showItems={variant === 'full'}
      />
      <div className="balance-sphere__drawing">
        <ScaleDrawing
          degrees={degrees}
          draagkracht={sphere.draagkracht}
          draaglast={sphere.draaglast}
        />
      </div>
      <Pan
        side="draaglast"
        sum={sphere.draaglast}
        items={burdens}
        split={
          sphere.permanenteDraaglast > 0
            ? t('balance.scale.draaglastSplit', {
                permanent: formatNumber(sphere.permanenteDraaglast),
                tijdelijk: formatNumber(sphere.tijdelijkeDraaglast),
              })
            : null
        }
        showItems={variant === 'full'}
      />
      <p className="balance-sphere__tilt">{t(`balance.scale.tilt.${tilt}`)}</p>
    </figure>
  );
}

export interface BalanceScaleProps {
  readonly balance: BalanceResult;
  /** `compact` (the dossier): smaller, sums and conclusion only, no factor names. */
  readonly variant?: 'full' | 'compact';
}

/**
 * A two-pan scale per sphere, draagkracht left and draaglast right, and the overall conclusion of
 * the shared derivation. Read-only: editing happens in the balance instrument.
 */
export function BalanceScale({ balance, variant = 'full' }: BalanceScaleProps) {
  const { kwetsbaarheid, overall } = balance;
  const reasons = kwetsbaarheid.reasons.filter(
    (reason) => reason.code !== 'geen-factoren' && reason.code !== 'draagkracht-overweegt',
  );
  return (
    <div className={`balance-scale balance-scale--${variant}`}>
      <div className="balance-scale__spheres">
        {balance.spheres.map((sphere) => (
          <SphereScale key={sphere.sphereId} sphere={sphere} variant={variant} />
        ))}
      </div>
      <div
        className={`balance-conclusion balance-conclusion--${kwetsbaarheid.level}`}
        data-level={kwetsbaarheid.level}
      >
        <p className="balance-conclusion__head">
          <span className="balance-conclusion__label">{t('balance.scale.conclusionLabel')}:</span>{' '}
          <span className={`utrecht-status-badge ${BADGE[kwetsbaarheid.level]}`}>
            {t(`balance.level.${kwetsbaarheid.level}`)}
          </span>
        </p>
        <p className="balance-conclusion__sentence">
          {t(`balance.conclusion.${kwetsbaarheid.level}`)}
        </p>
        {kwetsbaarheid.level !== 'onbekend' && (
          <p className="balance-conclusion__total">
            {t('balance.scale.total', {
              draagkracht: formatNumber(overall.draagkracht),
              draaglast: formatNumber(overall.draaglast),
            })}
          </p>
        )}
        {reasons.length > 0 && (
          <>
            <p className="balance-conclusion__reasons-title">{t('balance.reasons.title')}:</p>
            <ul className="balance-conclusion__reasons">
              {reasons.map((reason) => (
                <li key={`${reason.code}-${reason.sphereId ?? 'alles'}`}>
                  {t(`balance.reason.${reason.code}`, {
                    sphere: reason.sphereId === null ? '' : sphereLabel(reason.sphereId),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
