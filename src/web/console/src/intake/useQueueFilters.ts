// The intake queue's filters and page, kept in the address (?status=&channel=&danger=&page=): links open a filtered queue, Back returns to it.
import { useSearchParams } from "react-router";
import { CHANNELS, REPORT_STATUSES } from "../contracts";

export const DANGER_FILTERS = ["true", "false"] as const;
const ALLOWED = { status: REPORT_STATUSES, channel: CHANNELS, danger: DANGER_FILTERS } as const;
export type QueueFilterName = keyof typeof ALLOWED;

/** The address of the queue with these filters (the home page's figures link to it). */
export function queueLink(filters: Partial<Record<QueueFilterName, string>>): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  return params.size ? `/intake?${params}` : "/intake";
}

/** Unknown values in the address (an old or edited link) count as no filter. */
export function useQueueFilters() {
  const [search, setSearch] = useSearchParams();
  const read = (name: QueueFilterName) => {
    const value = search.get(name) ?? "";
    return (ALLOWED[name] as readonly string[]).includes(value) ? value : "";
  };
  const asked = Number(search.get("page"));
  const page = Number.isInteger(asked) && asked >= 1 ? asked : 1;
  const update = (changes: Partial<Record<QueueFilterName | "page", string>>) => {
    const next = new URLSearchParams(search);
    for (const [name, value] of Object.entries(changes)) {
      if (value && value !== "1") next.set(name, value);
      else next.delete(name);
    }
    // A filter changed starts again on the first page; replace, so that Back leaves the queue instead of undoing filters.
    if (!("page" in changes)) next.delete("page");
    setSearch(next, { replace: true });
  };
  return {
    status: read("status"),
    channel: read("channel"),
    danger: read("danger"),
    page,
    setFilter: (name: QueueFilterName, value: string) => update({ [name]: value }),
    setPage: (value: number) => update({ page: String(value) }),
  };
}
