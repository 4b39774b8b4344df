/** Dates for readers: "17 Dec 1971"; "Dec 1971" where the record knows only the month. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string, precision: 'day' | 'month'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return precision === 'month' ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}
