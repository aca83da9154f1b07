import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The balance instrument moves focus to a heading or list (tabindex -1) after a factor is removed.
// That focus must stay visible, so the stylesheet itself is applied here and the outline read back.
const CSS = readFileSync(
  path.resolve(import.meta.dirname, '../../../renderer/src/styles/balance.css'),
  'utf8',
);

describe('balance.css focus after a removal', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('keeps a visible outline on an element the app focuses', () => {
    const style = document.createElement('style');
    style.textContent = CSS;
    document.head.append(style);
    document.body.innerHTML =
      '<section class="balance"><h2 tabindex="-1" id="target">Draaglast</h2></section>';
    const target = document.getElementById('target');
    if (!target) throw new Error('no target');
    target.focus();
    expect(target).toHaveFocus();
    const computed = getComputedStyle(target);
    expect(computed.outlineStyle).toBe('dashed');
    expect(computed.outlineWidth).toBe('2px');
  });
});
