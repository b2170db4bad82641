/** Points with an explicit sign and a true minus: +5, −5, 0. Shared by the interface and the scene. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0';
}
