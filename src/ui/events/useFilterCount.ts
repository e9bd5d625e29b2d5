import { useViewer } from '../StoreContext';

/** How many events the filters leave, of how many: the filters panel, the phone bar and the embed's summary say it. */
export function useFilterCount(): { shown: number; total: number } {
  const shown = useViewer((s) => s.filtered.length);
  const total = useViewer((s) => s.events.length);
  return { shown, total };
}
