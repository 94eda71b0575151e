/** Words that only an English message (a library's own, untranslated) would hold. */
export const PALABRAS_INGLES =
  /\b(invalid|expected|received|required|must|string|number|boolean|array|object|input|undefined|too (small|big)|characters?|greater|less|than|should|option|key|unrecognized|format|date|value)\b/i;
