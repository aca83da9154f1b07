import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { Label, Slider, SliderThumb, SliderTrack } from 'react-aria-components';
import { formatDate, formatNumber, t } from '../app/i18n';
import '../styles/spiderweb.css';

export interface SpiderWebDimension {
  readonly id: string;
  readonly label: string;
}

export interface SpiderWebMeasurement {
  /** ISO date or date-time of the measurement, shown in the legend. */
  readonly takenAt: string;
  readonly values: Readonly<Record<string, number>>;
}

export interface SpiderWebProps {
  /** Visible title; also the accessible name of the whole chart. */
  readonly title: string;
  /** Clockwise from the top. */
  readonly dimensions: readonly SpiderWebDimension[];
  /** Dimension id -> score; a missing id is "nog geen score", never 0. */
  readonly values: Readonly<Record<string, number>>;
  readonly onChange?: ((values: Record<string, number>) => void) | undefined;
  /** An earlier measurement, drawn dashed with squares behind the current one. */
  readonly previous?: SpiderWebMeasurement | undefined;
  /** Date of the current values, for the legend; without it the legend says "Nu". */
  readonly takenAt?: string | undefined;
  /** Nothing can be changed; also the mode without onChange. */
  readonly readOnly?: boolean | undefined;
  readonly size?: 'md' | 'sm' | undefined;
  /** Hide the title visually (a heading outside already names the chart). */
  readonly hideTitle?: boolean | undefined;
}

const MAX = 10;
const RADIUS = 200;
const LABEL_RADIUS = RADIUS + 24;
const STEP = RADIUS / MAX;
const RING_VALUES = Array.from({ length: MAX + 1 }, (_, value) => value);
const KEYS_TOWARDS_ZERO = new Set(['Home', 'ArrowLeft', 'ArrowDown', 'PageDown']);

const angleOf = (index: number, count: number): number =>
  -Math.PI / 2 + (index * 2 * Math.PI) / count;

const round = (value: number): number => Math.round(value * 100) / 100;

/** The web has the same radius in both sizes; the small one gets a wider frame, so room for labels. */
function geometry(width: number, height: number) {
  const cx = width / 2;
  const cy = height / 2;
  const pointAt = (radius: number, angle: number) => ({
    x: round(cx + radius * Math.cos(angle)),
    y: round(cy + radius * Math.sin(angle)),
  });
  const pointText = (radius: number, angle: number): string => {
    const { x, y } = pointAt(radius, angle);
    return `${String(x)} ${String(y)}`;
  };
  /** One ring step of one spoke: a wedge between two radii, so a tap near the ring counts. */
  const sectorPath = (inner: number, outer: number, from: number, to: number): string => {
    const large = to - from > Math.PI ? 1 : 0;
    const r = String(round(outer));
    if (inner <= 0) {
      return `M ${String(cx)} ${String(cy)} L ${pointText(outer, from)} A ${r} ${r} 0 ${String(large)} 1 ${pointText(outer, to)} Z`;
    }
    const ri = String(round(inner));
    return `M ${pointText(inner, from)} L ${pointText(outer, from)} A ${r} ${r} 0 ${String(large)} 1 ${pointText(outer, to)} L ${pointText(inner, to)} A ${ri} ${ri} 0 ${String(large)} 0 ${pointText(inner, from)} Z`;
  };
  return { width, height, cx, cy, pointAt, pointText, sectorPath };
}

type Geometry = ReturnType<typeof geometry>;

const GEOMETRY: Record<'md' | 'sm', Geometry> = {
  md: geometry(760, 640),
  sm: geometry(900, 760),
};

/** A date-only string is a calendar day, not UTC midnight: read it in local time. */
function formatDay(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return formatDate(
    day === null ? new Date(value) : new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])),
  );
}

const scoreText = (value: number | undefined): string =>
  value === undefined ? t('spiderweb.noScore') : formatNumber(value);

function side(angle: number): 'top' | 'bottom' | 'left' | 'right' {
  const dx = Math.cos(angle);
  if (Math.abs(dx) < 0.2) {
    return Math.sin(angle) < 0 ? 'top' : 'bottom';
  }
  return dx < 0 ? 'left' : 'right';
}

/** Segments between neighbouring scored spokes; an unscored spoke leaves a gap instead of a 0. */
function outline(
  { pointText }: Geometry,
  dimensions: readonly SpiderWebDimension[],
  values: Readonly<Record<string, number>>,
): { complete: boolean; points: string; segments: { key: string; points: string }[] } {
  const count = dimensions.length;
  const at = (index: number): string | undefined => {
    const dimension = dimensions[index];
    const value = dimension === undefined ? undefined : values[dimension.id];
    return value === undefined
      ? undefined
      : pointText(Math.min(value, MAX) * STEP, angleOf(index, count));
  };
  const all = dimensions.map((_, index) => at(index));
  const complete = all.every((point) => point !== undefined);
  const segments = all.flatMap((point, index) => {
    const next = all[(index + 1) % count];
    return point === undefined || next === undefined || count < 2
      ? []
      : [{ key: String(index), points: `${point} ${next}` }];
  });
  return { complete, points: all.join(' '), segments };
}

function Marker({ shape, x, y }: { shape: 'circle' | 'square'; x: number; y: number }) {
  return shape === 'circle' ? (
    <circle className="spiderweb__point" cx={x} cy={y} r={8} />
  ) : (
    <rect className="spiderweb__point-previous" x={x - 6} y={y - 6} width={12} height={12} />
  );
}

/** Keeps the input's value text in words ("7 van de 10", "nog geen score"). */
function useValueText(ref: RefObject<HTMLInputElement | null>, value: number | undefined) {
  useLayoutEffect(() => {
    ref.current?.setAttribute(
      'aria-valuetext',
      value === undefined
        ? t('spiderweb.noScore')
        : t('spiderweb.valueText', { value: formatNumber(value) }),
    );
  });
}

interface DimensionControlProps {
  readonly dimension: SpiderWebDimension;
  readonly value: number | undefined;
  readonly previousValue: number | undefined;
  readonly hasPrevious: boolean;
  readonly onValue: (value: number) => void;
  readonly onFocusChange: (focused: boolean) => void;
}

function DimensionSlider({
  dimension,
  value,
  previousValue,
  hasPrevious,
  onValue,
  onFocusChange,
}: DimensionControlProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  useValueText(inputRef, value);
  return (
    <Slider<number>
      className="spiderweb__control"
      minValue={0}
      maxValue={MAX}
      step={1}
      value={value ?? 0}
      onChange={(next) => {
        // The slider shows 0 for "no score"; any key press on it is a real choice.
        if (next !== value) onValue(next);
      }}
    >
      <Label className="spiderweb__label">{dimension.label}</Label>
      <DimensionValue value={value} previousValue={previousValue} hasPrevious={hasPrevious} />
      <SliderTrack className="spiderweb__track">
        <SliderThumb
          className="spiderweb__thumb"
          inputRef={inputRef}
          onFocusChange={onFocusChange}
          onKeyDown={(event) => {
            // Unscored shows as 0 inside the slider, so a key towards 0 would change nothing: record the 0.
            if (value === undefined && KEYS_TOWARDS_ZERO.has(event.key)) onValue(0);
            event.continuePropagation();
          }}
        />
      </SliderTrack>
    </Slider>
  );
}

function DimensionValue({
  value,
  previousValue,
  hasPrevious,
}: {
  value: number | undefined;
  previousValue: number | undefined;
  hasPrevious: boolean;
}) {
  return (
    <span className="spiderweb__values">
      <span
        className={
          value === undefined ? 'spiderweb__value spiderweb__value--empty' : 'spiderweb__value'
        }
      >
        {scoreText(value)}
      </span>
      {hasPrevious ? (
        <span className="spiderweb__previous-value">
          {previousValue === undefined
            ? t('spiderweb.previousNoScore')
            : t('spiderweb.previousValue', { value: formatNumber(previousValue) })}
        </span>
      ) : null}
    </span>
  );
}

/**
 * The Positieve Gezondheid spinnenweb, but generic: N spokes scored 0-10. Each spoke is one
 * react-aria slider (arrows, Home/End, PageUp/PageDown); a click or tap on a ring sets that score.
 */
export function SpiderWeb({
  title,
  dimensions,
  values,
  onChange,
  previous,
  takenAt,
  readOnly = false,
  size = 'md',
  hideTitle = false,
}: SpiderWebProps) {
  const titleId = useId();
  const interactive = !readOnly && onChange !== undefined;
  const count = dimensions.length;
  const chartRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  // After a tap the arrows should go on with that spoke, so its slider takes the focus.
  const focusSlider = (index: number) => {
    const inputs = chartRef.current?.querySelectorAll<HTMLInputElement>('.spiderweb__dim input');
    inputs?.[index]?.focus({ preventScroll: true });
  };

  const setValue = (id: string, value: number) => {
    onChange?.({ ...values, [id]: value });
  };

  const geo = GEOMETRY[size];
  const { pointAt, pointText } = geo;
  const current = outline(geo, dimensions, values);
  const before = previous === undefined ? undefined : outline(geo, dimensions, previous.values);
  const half = Math.PI / Math.max(count, 1);

  return (
    <div
      className={`spiderweb spiderweb--${size}${interactive ? ' spiderweb--interactive' : ''}`}
      role="group"
      aria-labelledby={titleId}
    >
      <p id={titleId} className={hideTitle ? 'visually-hidden' : 'spiderweb__title'}>
        {title}
      </p>
      <div className="spiderweb__body">
        <div
          className="spiderweb__chart"
          ref={chartRef}
          // The frame size drives the aspect ratio and, on a narrow screen, the crop around the web.
          style={
            {
              '--spiderweb-w': String(geo.width),
              '--spiderweb-h': String(geo.height),
            } as CSSProperties
          }
        >
          <div className="spiderweb__frame">
            <svg
              className="spiderweb__svg"
              viewBox={`0 0 ${String(geo.width)} ${String(geo.height)}`}
              aria-hidden="true"
              focusable="false"
            >
              <g className="spiderweb__grid">
                {RING_VALUES.slice(1).map((ring) => (
                  <polygon
                    key={ring}
                    className={
                      ring % 5 === 0 ? 'spiderweb__ring spiderweb__ring--major' : 'spiderweb__ring'
                    }
                    points={dimensions
                      .map((_, index) => pointText(ring * STEP, angleOf(index, count)))
                      .join(' ')}
                  />
                ))}
                {dimensions.map((dimension, index) => (
                  <line
                    key={dimension.id}
                    className={
                      focusedId === dimension.id
                        ? 'spiderweb__spoke spiderweb__spoke--focused'
                        : 'spiderweb__spoke'
                    }
                    x1={geo.cx}
                    y1={geo.cy}
                    x2={pointAt(RADIUS, angleOf(index, count)).x}
                    y2={pointAt(RADIUS, angleOf(index, count)).y}
                  />
                ))}
              </g>
              {before === undefined ? null : (
                <g className="spiderweb__previous" data-testid="spiderweb-previous">
                  {before.complete ? (
                    <polygon className="spiderweb__line-previous" points={before.points} />
                  ) : (
                    before.segments.map((segment) => (
                      <polyline
                        key={segment.key}
                        className="spiderweb__line-previous"
                        points={segment.points}
                      />
                    ))
                  )}
                  {dimensions.map((dimension, index) => {
                    const value = previous?.values[dimension.id];
                    if (value === undefined) return null;
                    const { x, y } = pointAt(Math.min(value, MAX) * STEP, angleOf(index, count));
                    return <Marker key={dimension.id} shape="square" x={x} y={y} />;
                  })}
                </g>
              )}
              <g className="spiderweb__current">
                {current.complete ? (
                  <polygon className="spiderweb__area" points={current.points} />
                ) : (
                  current.segments.map((segment) => (
                    <polyline
                      key={segment.key}
                      className="spiderweb__line"
                      points={segment.points}
                    />
                  ))
                )}
                {dimensions.map((dimension, index) => {
                  const value = values[dimension.id];
                  if (value === undefined) return null;
                  const { x, y } = pointAt(Math.min(value, MAX) * STEP, angleOf(index, count));
                  return (
                    <g key={dimension.id}>
                      {focusedId === dimension.id ? (
                        <circle className="spiderweb__focus" cx={x} cy={y} r={15} />
                      ) : null}
                      <Marker shape="circle" x={x} y={y} />
                    </g>
                  );
                })}
              </g>
              <g className="spiderweb__ring-numbers">
                {[5, 10].map((ring) => (
                  <text
                    key={ring}
                    className="spiderweb__ring-number"
                    x={geo.cx + 10}
                    y={geo.cy - ring * STEP + 6}
                  >
                    {ring}
                  </text>
                ))}
              </g>
              {interactive ? (
                <g className="spiderweb__hits">
                  {dimensions.map((dimension, index) => {
                    const angle = angleOf(index, count);
                    return RING_VALUES.map((ring) => {
                      const mark = pointAt(ring * STEP, angle);
                      return (
                        <g key={`${dimension.id}-${String(ring)}`} className="spiderweb__hit">
                          <path
                            className="spiderweb__hit-area"
                            data-dimension={dimension.id}
                            data-value={ring}
                            d={geo.sectorPath(
                              Math.max(0, (ring - 0.5) * STEP),
                              (ring + (ring === MAX ? 1.5 : 0.5)) * STEP,
                              angle - half,
                              angle + half,
                            )}
                            onClick={() => {
                              setValue(dimension.id, ring);
                              focusSlider(index);
                            }}
                          />
                          <g className="spiderweb__ghost">
                            <circle cx={mark.x} cy={mark.y} r={14} />
                            <text x={mark.x} y={mark.y + 5}>
                              {ring}
                            </text>
                          </g>
                        </g>
                      );
                    });
                  })}
                </g>
              ) : null}
              {/* Numbers at the spoke ends, shown only when the labels move into the list below. */}
              <g className="spiderweb__spoke-numbers">
                {dimensions.map((dimension, index) => {
                  const { x, y } = pointAt(RADIUS + 22, angleOf(index, count));
                  return (
                    <text key={dimension.id} className="spiderweb__spoke-number" x={x} y={y}>
                      {index + 1}
                    </text>
                  );
                })}
              </g>
            </svg>
          </div>
          {dimensions.map((dimension, index) => {
            const angle = angleOf(index, count);
            const anchor = pointAt(LABEL_RADIUS, angle);
            const value = values[dimension.id];
            const previousValue = previous?.values[dimension.id];
            return (
              <div
                key={dimension.id}
                className={`spiderweb__dim spiderweb__dim--${side(angle)}`}
                data-dimension={dimension.id}
                style={{
                  left: `${String(round((anchor.x / geo.width) * 100))}%`,
                  top: `${String(round((anchor.y / geo.height) * 100))}%`,
                }}
              >
                {interactive ? (
                  <DimensionSlider
                    dimension={dimension}
                    value={value}
                    previousValue={previousValue}
                    hasPrevious={previous !== undefined}
                    onValue={(next) => {
                      setValue(dimension.id, next);
                    }}
                    onFocusChange={(focused) => {
                      setFocusedId((was) =>
                        focused ? dimension.id : was === dimension.id ? null : was,
                      );
                    }}
                  />
                ) : (
                  <div className="spiderweb__control">
                    <span className="spiderweb__label">{dimension.label}</span>{' '}
                    <DimensionValue
                      value={value}
                      previousValue={previousValue}
                      hasPrevious={previous !== undefined}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </div>
        <table className="spiderweb__table">
          <caption>{t('spiderweb.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('spiderweb.tableDimension')}</th>
              <th scope="col">{t('spiderweb.tableCurrent')}</th>
              {previous === undefined ? null : <th scope="col">{t('spiderweb.tablePrevious')}</th>}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension) => {
              const value = values[dimension.id];
              const previousValue = previous?.values[dimension.id];
              return (
                <tr key={dimension.id}>
                  <th scope="row">{dimension.label}</th>
                  <td>{value === undefined ? t('spiderweb.tableEmpty') : formatNumber(value)}</td>
                  {previous === undefined ? null : (
                    <td>
                      {previousValue === undefined
                        ? t('spiderweb.tableEmpty')
                        : formatNumber(previousValue)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {previous === undefined ? null : (
        <div className="spiderweb__legend">
          <p className="spiderweb__legend-title">{t('spiderweb.legend')}</p>
          <ul>
            <li>
              <svg className="spiderweb__swatch" viewBox="0 0 48 16" aria-hidden="true">
                <line className="spiderweb__line" x1={2} y1={8} x2={46} y2={8} />
                <circle className="spiderweb__point" cx={24} cy={8} r={6} />
              </svg>
              {takenAt === undefined
                ? t('spiderweb.legendCurrentNoDate')
                : t('spiderweb.legendCurrent', { date: formatDay(takenAt) })}
            </li>
            <li>
              <svg className="spiderweb__swatch" viewBox="0 0 48 16" aria-hidden="true">
                <line className="spiderweb__line-previous" x1={2} y1={8} x2={46} y2={8} />
                <rect className="spiderweb__point-previous" x={19} y={3} width={10} height={10} />
              </svg>
              {t('spiderweb.legendPrevious', { date: formatDay(previous.takenAt) })}
            </li>
          </ul>
        </div>
      )}
      {interactive ? <p className="spiderweb__hint no-print">{t('spiderweb.hint')}</p> : null}
    </div>
  );
}
