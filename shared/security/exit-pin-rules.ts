// Rules for the exit PIN of the zelfinvulmodus: 4-8 digits, and not a pattern a resident guesses
// in five tries (0000, 1234, 9876). Pure: the storage core and the settings screen both use it.

export const EXIT_PIN_MIN_DIGITS = 4;
export const EXIT_PIN_MAX_DIGITS = 8;

/** 'format': not 4-8 digits; 'too-simple': all the same digit or a straight run up or down. */
export type ExitPinProblem = 'format' | 'too-simple';

export function checkExitPin(pin: string): ExitPinProblem | null {
  if (!/^[0-9]{4,8}$/.test(pin)) return 'format';
  const digits = Array.from({ length: pin.length }, (_, index) => pin.charCodeAt(index) - 48);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0)));
  // One step size across the whole PIN: 0 (1111), +1 (1234) or -1 (4321).
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 2)) return 'too-simple';
  return null;
}
