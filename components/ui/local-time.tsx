/** One format for every time on the site: the reader's own locale and time zone. */
export function formatLocalTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

export function LocalTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatLocalTime(iso)}</time>;
}
