// The tab's title counts the urgent notices still open ("(2) Teduh"), so a supervisor working in another tab sees one arrive.
const open = new Set<string>();
let plainTitle: string | null = null;

function show(): void {
  plainTitle ??= document.title;
  document.title = open.size > 0 ? `(${open.size}) ${plainTitle}` : plainTitle;
  if (open.size === 0) plainTitle = null;
}

export function urgentOpened(id: string): void {
  if (open.has(id)) return;
  open.add(id);
  show();
}

export function urgentClosed(id: string): void {
  if (open.delete(id)) show();
}
