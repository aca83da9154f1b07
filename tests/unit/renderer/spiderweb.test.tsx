import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  SpiderWeb,
  type SpiderWebDimension,
  type SpiderWebProps,
} from '../../../renderer/src/components/SpiderWeb';

const DIMENSIONS: readonly SpiderWebDimension[] = [
  { id: 'lichaam', label: 'Lichaam' },
  { id: 'mentaal', label: 'Mentaal welbevinden' },
  { id: 'zingeving', label: 'Zingeving' },
  { id: 'kwaliteit', label: 'Kwaliteit van leven' },
  { id: 'meedoen', label: 'Meedoen' },
  { id: 'dagelijks', label: 'Dagelijks functioneren' },
];

/** Controlled like the intake uses it: the parent keeps the values. */
function Harness({
  initial,
  onChange,
  ...rest
}: Omit<SpiderWebProps, 'values' | 'onChange' | 'title' | 'dimensions'> & {
  initial: Record<string, number>;
  onChange: (values: Record<string, number>) => void;
}) {
  const [values, setValues] = useState(initial);
  return (
    <SpiderWeb
      title="Spinnenweb van Sanne"
      dimensions={DIMENSIONS}
      values={values}
      onChange={(next) => {
        onChange(next);
        setValues(next);
      }}
      {...rest}
    />
  );
}

const hitArea = (container: HTMLElement, dimension: string, value: number): Element => {
  const area = container.querySelector(
    `.spiderweb__hit-area[data-dimension="${dimension}"][data-value="${String(value)}"]`,
  );
  if (area === null) throw new Error(`no hit area ${dimension} ${String(value)}`);
  return area;
};

// jsdom has no layout or colours: the colour-contrast rule cannot run here (the e2e scan covers it).
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

// Axe scans and user-event on the full chart are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('SpiderWeb', () => {
  it('sets the score of the ring that is clicked', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<Harness initial={{ lichaam: 6 }} onChange={onChange} />);
    await user.click(hitArea(container, 'meedoen', 7));
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 6, meedoen: 7 });
    await user.click(hitArea(container, 'lichaam', 0));
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 0, meedoen: 7 });
    await user.click(hitArea(container, 'lichaam', 10));
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 10, meedoen: 7 });
    expect(screen.getByRole('slider', { name: 'Meedoen' })).toHaveAttribute(
      'aria-valuetext',
      '7 van de 10',
    );
    // After a tap the arrows go on with that spoke.
    expect(screen.getByRole('slider', { name: 'Lichaam' })).toHaveFocus();
  });

  it('changes the focused dimension with arrows, Home and End', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness initial={{ lichaam: 6, zingeving: 3 }} onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('slider', { name: 'Lichaam' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 7, zingeving: 3 });
    await user.keyboard('{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 8, zingeving: 3 });
    await user.keyboard('{ArrowLeft}{ArrowDown}{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 5, zingeving: 3 });
    await user.keyboard('{End}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 10, zingeving: 3 });
    await user.keyboard('{Home}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 0, zingeving: 3 });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('slider', { name: 'Zingeving' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 0, zingeving: 4 });
  });

  it('turns an unscored dimension into a score on the first key', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness initial={{}} onChange={onChange} />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 1 });
    await user.tab();
    await user.keyboard('{Home}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 1, mentaal: 0 });
    await user.tab();
    await user.keyboard('{End}');
    expect(onChange).toHaveBeenLastCalledWith({ lichaam: 1, mentaal: 0, zingeving: 10 });
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith({
      lichaam: 1,
      mentaal: 0,
      zingeving: 10,
      kwaliteit: 0,
    });
  });

  it('names every dimension and gives its value in words', () => {
    render(<Harness initial={{ lichaam: 6, meedoen: 0 }} onChange={vi.fn()} />);
    const sliders = screen.getAllByRole('slider');
    expect(sliders.map((slider) => slider.getAttribute('aria-valuetext'))).toEqual([
      '6 van de 10',
      'nog geen score',
      'nog geen score',
      'nog geen score',
      '0 van de 10',
      'nog geen score',
    ]);
    for (const dimension of DIMENSIONS) {
      expect(screen.getByRole('slider', { name: dimension.label })).toBeInTheDocument();
    }
    expect(screen.getByRole('group', { name: 'Spinnenweb van Sanne' })).toBeInTheDocument();
  });

  it('shows an unscored dimension as "nog geen score", not as 0', () => {
    const { container } = render(<Harness initial={{ meedoen: 0 }} onChange={vi.fn()} />);
    const label = (id: string) => {
      const element = container.querySelector<HTMLElement>(
        `.spiderweb__dim[data-dimension="${id}"]`,
      );
      if (element === null) throw new Error(id);
      return within(element);
    };
    expect(label('meedoen').getByText('0')).toBeInTheDocument();
    expect(label('lichaam').getByText('nog geen score')).toBeInTheDocument();
    expect(label('lichaam').queryByText('0')).toBeNull();
    // Only the scored spoke has a point; without all six there is no closed shape.
    expect(container.querySelectorAll('.spiderweb__current .spiderweb__point')).toHaveLength(1);
    expect(container.querySelector('.spiderweb__area')).toBeNull();
  });

  it('draws the previous measurement and a legend only when given', () => {
    const { container, rerender } = render(
      <SpiderWeb title="Web" dimensions={DIMENSIONS} values={{ lichaam: 6 }} readOnly />,
    );
    expect(container.querySelector('[data-testid="spiderweb-previous"]')).toBeNull();
    expect(screen.queryByText('Wat de lijnen betekenen')).toBeNull();
    expect(screen.queryByText(/vorige keer/i)).toBeNull();

    rerender(
      <SpiderWeb
        title="Web"
        dimensions={DIMENSIONS}
        values={{ lichaam: 6 }}
        takenAt="2026-11-22"
        previous={{ takenAt: '2026-05-03', values: { lichaam: 4, meedoen: 5 } }}
        readOnly
      />,
    );
    const overlay = container.querySelector('[data-testid="spiderweb-previous"]');
    expect(overlay).not.toBeNull();
    expect(overlay?.querySelectorAll('rect')).toHaveLength(2);
    expect(screen.getByText('Wat de lijnen betekenen')).toBeInTheDocument();
    expect(
      screen.getByText('Nu, 22 november 2026: doorgetrokken lijn met rondjes'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Vorige keer, 3 mei 2026: stippellijn met vierkantjes'),
    ).toBeInTheDocument();
    expect(screen.getByText('vorige keer: 4')).toBeInTheDocument();
    expect(screen.getAllByText('vorige keer: geen score')).toHaveLength(4);
  });

  it('has no operable control when read-only', () => {
    const onChange = vi.fn();
    const { container } = render(
      <SpiderWeb
        title="Web"
        dimensions={DIMENSIONS}
        values={{ lichaam: 6 }}
        onChange={onChange}
        readOnly
        size="sm"
      />,
    );
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
    expect(container.querySelectorAll('input, button, [tabindex]')).toHaveLength(0);
    expect(container.querySelector('.spiderweb__hit-area')).toBeNull();
    for (const path of container.querySelectorAll('path')) fireEvent.click(path);
    expect(onChange).not.toHaveBeenCalled();
    const label = container.querySelector<HTMLElement>('.spiderweb__dim[data-dimension="lichaam"]');
    expect(label?.textContent).toBe('Lichaam 6');
  });

  it('repeats the values in a table for print', () => {
    render(
      <SpiderWeb
        title="Web"
        dimensions={DIMENSIONS}
        values={{ lichaam: 6.5 }}
        previous={{ takenAt: '2026-05-03', values: { lichaam: 4 } }}
        readOnly
      />,
    );
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(7);
    expect(rows[1]?.textContent).toBe('Lichaam6,54');
    expect(rows[2]?.textContent).toBe('Mentaal welbevinden––');
  });

  it.each([
    ['interactive, with previous', false],
    ['read-only', true],
  ])('has no axe violations (%s)', async (_name, readOnly) => {
    const { container } = render(
      <SpiderWeb
        title="Web"
        dimensions={DIMENSIONS}
        values={{ lichaam: 6, meedoen: 2 }}
        onChange={vi.fn()}
        previous={{ takenAt: '2026-05-03', values: { lichaam: 4 } }}
        readOnly={readOnly}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
