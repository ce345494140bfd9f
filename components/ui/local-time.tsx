/** One format for every time on the site: the reader's own locale and time zone. */
export function formatLocalTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** An instant as lib/diagnosis writes it into a sentence (`2023-11-14T22:13:20.000Z`). */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;

/**
 * A sentence with every ISO instant in it said in the reader's format. The report keeps ISO
 * (shares and the CLI read it anywhere); the page shows times one way only.
 */
export function withLocalTimes(text: string): string {
  return text.replace(ISO_INSTANT, (iso) => formatLocalTime(iso));
}

export function LocalTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatLocalTime(iso)}</time>;
}
