import { describe, expect, it } from 'vitest';
import { checkExitPin } from '../../../shared/security/exit-pin-rules';

describe('exit PIN rules', () => {
  it('takes 4-8 digits and refuses repeats and straight runs', () => {
    expect(['2580', '13579', '80241357'].map(checkExitPin)).toEqual([null, null, null]);
    expect(['258', '123456789', '25a0', ' 2580', '２５８０', ''].map(checkExitPin)).toEqual(
      Array(6).fill('format'),
    );
    expect(['0000', '1234', '4321', '56789', '98765432'].map(checkExitPin)).toEqual(
      Array(5).fill('too-simple'),
    );
    // Only one step size over the whole PIN counts as a run: 1235 is allowed.
    expect(checkExitPin('1235')).toBeNull();
  });
});
