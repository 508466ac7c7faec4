/** Program codes are the same person whatever their case: JH-26-014 and jh-26-014. */
export function codeKey(code: string): string {
  return code.toLocaleUpperCase('en');
}
