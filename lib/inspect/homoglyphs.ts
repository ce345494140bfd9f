/**
 * Look-alikes of ASCII letters and digits from Cyrillic, Greek and the fullwidth block.
 * A single one inside an otherwise ASCII key passes every visual check and still makes
 * the key wrong, so the label names the real character and what it imitates.
 */
interface Homoglyph {
  name: string;
  looksLike: string;
}

const ENTRIES: [number, string, string][] = [
  // Cyrillic lower case
  [0x0430, "CYRILLIC SMALL LETTER A", "a"],
  [0x0435, "CYRILLIC SMALL LETTER IE", "e"],
  [0x043e, "CYRILLIC SMALL LETTER O", "o"],
  [0x0440, "CYRILLIC SMALL LETTER ER", "p"],
  [0x0441, "CYRILLIC SMALL LETTER ES", "c"],
  [0x0443, "CYRILLIC SMALL LETTER U", "y"],
  [0x0445, "CYRILLIC SMALL LETTER HA", "x"],
  [0x0455, "CYRILLIC SMALL LETTER DZE", "s"],
  [0x0456, "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", "i"],
  [0x0458, "CYRILLIC SMALL LETTER JE", "j"],
  [0x04bb, "CYRILLIC SMALL LETTER SHHA", "h"],
  [0x0501, "CYRILLIC SMALL LETTER KOMI DE", "d"],
  [0x051b, "CYRILLIC SMALL LETTER QA", "q"],
  [0x051d, "CYRILLIC SMALL LETTER WE", "w"],
  // Cyrillic upper case
  [0x0410, "CYRILLIC CAPITAL LETTER A", "A"],
  [0x0412, "CYRILLIC CAPITAL LETTER VE", "B"],
  [0x0415, "CYRILLIC CAPITAL LETTER IE", "E"],
  [0x041a, "CYRILLIC CAPITAL LETTER KA", "K"],
  [0x041c, "CYRILLIC CAPITAL LETTER EM", "M"],
  [0x041d, "CYRILLIC CAPITAL LETTER EN", "H"],
  [0x041e, "CYRILLIC CAPITAL LETTER O", "O"],
  [0x0420, "CYRILLIC CAPITAL LETTER ER", "P"],
  [0x0421, "CYRILLIC CAPITAL LETTER ES", "C"],
  [0x0422, "CYRILLIC CAPITAL LETTER TE", "T"],
  [0x0423, "CYRILLIC CAPITAL LETTER U", "Y"],
  [0x0425, "CYRILLIC CAPITAL LETTER HA", "X"],
  [0x0405, "CYRILLIC CAPITAL LETTER DZE", "S"],
  [0x0406, "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", "I"],
  [0x0408, "CYRILLIC CAPITAL LETTER JE", "J"],
  [0x051c, "CYRILLIC CAPITAL LETTER WE", "W"],
  // Greek
  [0x0391, "GREEK CAPITAL LETTER ALPHA", "A"],
  [0x0392, "GREEK CAPITAL LETTER BETA", "B"],
  [0x0395, "GREEK CAPITAL LETTER EPSILON", "E"],
  [0x0396, "GREEK CAPITAL LETTER ZETA", "Z"],
  [0x0397, "GREEK CAPITAL LETTER ETA", "H"],
  [0x0399, "GREEK CAPITAL LETTER IOTA", "I"],
  [0x039a, "GREEK CAPITAL LETTER KAPPA", "K"],
  [0x039c, "GREEK CAPITAL LETTER MU", "M"],
  [0x039d, "GREEK CAPITAL LETTER NU", "N"],
  [0x039f, "GREEK CAPITAL LETTER OMICRON", "O"],
  [0x03a1, "GREEK CAPITAL LETTER RHO", "P"],
  [0x03a4, "GREEK CAPITAL LETTER TAU", "T"],
  [0x03a5, "GREEK CAPITAL LETTER UPSILON", "Y"],
  [0x03a7, "GREEK CAPITAL LETTER CHI", "X"],
  [0x03b1, "GREEK SMALL LETTER ALPHA", "a"],
  [0x03b9, "GREEK SMALL LETTER IOTA", "i"],
  [0x03ba, "GREEK SMALL LETTER KAPPA", "k"],
  [0x03bd, "GREEK SMALL LETTER NU", "v"],
  [0x03bf, "GREEK SMALL LETTER OMICRON", "o"],
  [0x03c1, "GREEK SMALL LETTER RHO", "p"],
  [0x03c5, "GREEK SMALL LETTER UPSILON", "u"],
  // Latin look-alikes outside ASCII
  [0x0131, "LATIN SMALL LETTER DOTLESS I", "i"],
  [0x0261, "LATIN SMALL LETTER SCRIPT G", "g"],
  [0x01c0, "LATIN LETTER DENTAL CLICK", "l"],
];

function buildTable(): Map<number, Homoglyph> {
  const table = new Map<number, Homoglyph>();
  for (const [code, name, looksLike] of ENTRIES) table.set(code, { name, looksLike });
  // Fullwidth digits and letters (U+FF10–U+FF5A) map one-to-one onto ASCII.
  for (let d = 0; d < 10; d++) {
    table.set(0xff10 + d, { name: `FULLWIDTH DIGIT ${DIGIT_NAMES[d]}`, looksLike: String(d) });
  }
  for (let l = 0; l < 26; l++) {
    const upper = String.fromCharCode(0x41 + l);
    table.set(0xff21 + l, { name: `FULLWIDTH LATIN CAPITAL LETTER ${upper}`, looksLike: upper });
    table.set(0xff41 + l, {
      name: `FULLWIDTH LATIN SMALL LETTER ${upper}`,
      looksLike: upper.toLowerCase(),
    });
  }
  table.set(0xff0d, { name: "FULLWIDTH HYPHEN-MINUS", looksLike: "-" });
  table.set(0xff3f, { name: "FULLWIDTH LOW LINE", looksLike: "_" });
  // Dashes that word processors substitute for "-" in "sk-…".
  table.set(0x2010, { name: "HYPHEN", looksLike: "-" });
  table.set(0x2011, { name: "NON-BREAKING HYPHEN", looksLike: "-" });
  table.set(0x2012, { name: "FIGURE DASH", looksLike: "-" });
  table.set(0x2013, { name: "EN DASH", looksLike: "-" });
  table.set(0x2014, { name: "EM DASH", looksLike: "-" });
  table.set(0x2212, { name: "MINUS SIGN", looksLike: "-" });
  return table;
}

const DIGIT_NAMES = [
  "ZERO",
  "ONE",
  "TWO",
  "THREE",
  "FOUR",
  "FIVE",
  "SIX",
  "SEVEN",
  "EIGHT",
  "NINE",
] as const;

export const HOMOGLYPHS: ReadonlyMap<number, Homoglyph> = buildTable();
