import { useId } from 'react';
import type { KansencirkelDefinition } from '../../../shared/instruments/definition-schema';
import type { AreaStatus, KansencirkelAreaId } from '../../../shared/schemas/vocabulary';
import { t } from '../app/i18n';
import '../styles/kansencirkel.css';

export type KansencirkelStatuses = Readonly<Partial<Record<KansencirkelAreaId, AreaStatus>>>;

export interface KansencirkelChartProps {
  readonly definition: KansencirkelDefinition;
  readonly childName: string;
  readonly areas: KansencirkelStatuses;
  readonly previous?:
    { readonly dateText: string; readonly areas: KansencirkelStatuses } | undefined;
  /** A small circle with the statuses as a list beside it, for the dossier. */
  readonly compact?: boolean | undefined;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

const SIZE = { width: 800, height: 470, cx: 400, cy: 235, outer: 150, inner: 52, label: 178 };

// The labels leave no ink in the top and bottom 45 units; cropping them keeps the text larger.
const FULL_VIEW = `0 45 ${String(SIZE.width)} ${String(SIZE.height - 55)}`;
const COMPACT_VIEW = `${String(SIZE.cx - 160)} ${String(SIZE.cy - 160)} 320 320`;

const point = (radius: number, degrees: number): [number, number] => {
  const radians = (degrees * Math.PI) / 180;
  return [SIZE.cx + radius * Math.cos(radians), SIZE.cy + radius * Math.sin(radians)];
};

const fmt = (n: number): string => n.toFixed(1);

/** One ring segment from `start` to `end` degrees (0 = right, clockwise). */
function segmentPath(start: number, end: number): string {
  const [x1, y1] = point(SIZE.outer, start);
  const [x2, y2] = point(SIZE.outer, end);
  const [x3, y3] = point(SIZE.inner, end);
  const [x4, y4] = point(SIZE.inner, start);
  return [
    `M ${fmt(x1)} ${fmt(y1)}`,
    `A ${String(SIZE.outer)} ${String(SIZE.outer)} 0 0 1 ${fmt(x2)} ${fmt(y2)}`,
    `L ${fmt(x3)} ${fmt(y3)}`,
    `A ${String(SIZE.inner)} ${String(SIZE.inner)} 0 0 0 ${fmt(x4)} ${fmt(y4)}`,
    'Z',
  ].join(' ');
}

export const statusLabel = (definition: KansencirkelDefinition, status: AreaStatus): string =>
  definition.statuses.find((candidate) => candidate.id === status)?.label ?? status;

/** A status symbol drawn as lines, so it never depends on a font: tick, exclamation mark, cross. */
export function StatusSymbol({ status, x, y }: { status: AreaStatus; x: number; y: number }) {
  return (
    <g className="kc-symbol" transform={`translate(${fmt(x)} ${fmt(y)})`}>
      <circle r="14" className="kc-symbol__disc" />
      {status === 'gaat-goed' ? (
        <path d="M -7 0 L -2 6 L 8 -6" className="kc-symbol__mark" />
      ) : null}
      {status === 'aandacht' ? (
        <>
          <path d="M 0 -8 L 0 3" className="kc-symbol__mark" />
          <circle cy="8" r="2" className="kc-symbol__dot" />
        </>
      ) : null}
      {status === 'zorg' ? (
        <path d="M -6 -6 L 6 6 M 6 -6 L -6 6" className="kc-symbol__mark" />
      ) : null}
    </g>
  );
}

export function StatusPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-aandacht`}
        width="10"
        height="10"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="10" height="10" className="kc-pattern__aandacht-bg" />
        <rect width="3.5" height="10" className="kc-pattern__aandacht-line" />
      </pattern>
      <pattern id={`${prefix}-zorg`} width="10" height="10" patternUnits="userSpaceOnUse">
        <rect width="10" height="10" className="kc-pattern__zorg-bg" />
        <path d="M 0 0 L 10 10 M 10 0 L 0 10" className="kc-pattern__zorg-line" />
      </pattern>
    </defs>
  );
}

export const statusFill = (prefix: string, status: AreaStatus | undefined): string | undefined =>
  status === 'aandacht' || status === 'zorg' ? `url(#${prefix}-${status})` : undefined;

/**
 * The Kansencirkel: eight segments around the child. Each segment carries a symbol and, outside
 * the circle, the area name and status in words; colour and pattern repeat the status.
 */
export function KansencirkelChart({
  definition,
  childName,
  areas,
  previous,
  compact = false,
  headingLevel = 2,
}: KansencirkelChartProps) {
  const prefix = `kc${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3' | 'h4';
  const step = 360 / definition.dimensions.length;
  const statusText = (status: AreaStatus | undefined): string =>
    status === undefined ? t('kansUi.chart.missing') : statusLabel(definition, status);
  const summary = [
    t('kansUi.chart.title', { name: childName }),
    ...definition.dimensions.map((area) => {
      const now = t('kansUi.chart.summaryItem', {
        area: area.label,
        status: statusText(areas[area.id]),
      });
      return previous === undefined
        ? now
        : `${now}, ${t('kansUi.chart.previous', { status: statusText(previous.areas[area.id]) })}`;
    }),
  ].join('. ');
  const done = definition.dimensions.filter((area) => areas[area.id] !== undefined).length;

  return (
    <figure className={compact ? 'kc-chart kc-chart--compact' : 'kc-chart'}>
      <Heading className="kc-chart__title">{t('kansUi.chart.title', { name: childName })}</Heading>
      <p className="kc-chart__count">
        {t('kansUi.chart.count', { done, total: definition.dimensions.length })}
      </p>
      <div className="kc-chart__body">
        <svg
          className="kc-chart__svg"
          viewBox={compact ? COMPACT_VIEW : FULL_VIEW}
          role="img"
          aria-label={summary}
        >
          <StatusPatterns prefix={prefix} />
          {definition.dimensions.map((area, index) => {
            const start = -90 + index * step;
            const middle = start + step / 2;
            const status = areas[area.id];
            const [sx, sy] = point((SIZE.outer + SIZE.inner) / 2, middle);
            const [lx, ly] = point(SIZE.label, middle);
            const anchor = Math.cos((middle * Math.PI) / 180) >= 0 ? 'start' : 'end';
            const before = previous?.areas[area.id];
            return (
              <g
                key={area.id}
                className="kc-segment"
                data-area={area.id}
                data-status={status ?? 'none'}
              >
                <path
                  d={segmentPath(start, start + step)}
                  className={`kc-segment__shape kc-fill--${status ?? 'none'}`}
                  fill={statusFill(prefix, status)}
                />
                {status === undefined ? null : <StatusSymbol status={status} x={sx} y={sy} />}
                {compact ? null : (
                  <text x={fmt(lx)} y={fmt(ly - 4)} textAnchor={anchor} className="kc-label">
                    <tspan className="kc-label__area">{area.label}</tspan>
                    <tspan x={fmt(lx)} dy="24" className="kc-label__status">
                      {statusText(status)}
                    </tspan>
                    {previous === undefined ? null : (
                      <tspan x={fmt(lx)} dy="22" className="kc-label__previous">
                        {t('kansUi.chart.previous', {
                          status: statusText(before),
                        })}
                      </tspan>
                    )}
                  </text>
                )}
              </g>
            );
          })}
          <circle cx={SIZE.cx} cy={SIZE.cy} r={SIZE.inner - 6} className="kc-center" />
          <text x={SIZE.cx} y={SIZE.cy + 6} textAnchor="middle" className="kc-center__name">
            {childName.length > 10 ? `${childName.slice(0, 9)}…` : childName}
          </text>
        </svg>
        {compact ? (
          <table className="kc-chart__table">
            <thead>
              <tr>
                <th scope="col">{t('kansUi.table.area')}</th>
                <th scope="col">{t('kansUi.table.now')}</th>
                {previous === undefined ? null : (
                  <th scope="col">{t('kansUi.table.previous', { date: previous.dateText })}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {definition.dimensions.map((area) => (
                <tr key={area.id} data-area={area.id}>
                  <th scope="row">{area.label}</th>
                  <td>{statusText(areas[area.id])}</td>
                  {previous === undefined ? null : <td>{statusText(previous.areas[area.id])}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <figcaption className="kc-chart__legend">
        <span className="visually-hidden">{t('kansUi.chart.legendTitle')}</span>
        <ul className="kc-legend">
          {(['gaat-goed', 'aandacht', 'zorg'] as const).map((status) => (
            <li key={status} className="kc-legend__item">
              <StatusSwatch prefix={prefix} status={status} />
              <span>{t(`kansUi.legend.${status}`)}</span>
            </li>
          ))}
          <li className="kc-legend__item">
            <StatusSwatch prefix={prefix} status={undefined} />
            <span>{t('kansUi.legend.missing')}</span>
          </li>
          {previous === undefined || compact ? null : (
            <li className="kc-legend__item kc-legend__item--text">
              <span>{t('kansUi.legend.previous', { date: previous.dateText })}</span>
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A small square in the status's colour and pattern with its symbol; decorative beside words. */
export function StatusSwatch({
  prefix,
  status,
}: {
  readonly prefix: string;
  readonly status: AreaStatus | undefined;
}) {
  return (
    <svg className="kc-swatch" viewBox="-18 -18 36 36" aria-hidden="true" focusable="false">
      <rect
        x="-17"
        y="-17"
        width="34"
        height="34"
        rx="3"
        className={`kc-segment__shape kc-fill--${status ?? 'none'}`}
        fill={statusFill(prefix, status)}
      />
      {status === undefined ? null : <StatusSymbol status={status} x={0} y={0} />}
    </svg>
  );
}
