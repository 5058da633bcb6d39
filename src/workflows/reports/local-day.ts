/** The local calendar day of `atMs`, YYYY-MM-DD: how budgets count days, and so how report totals do by default. */
export function localDay(atMs: number): string {
  const date = new Date(atMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
