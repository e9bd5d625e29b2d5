import { GetTheData } from '../data/GetTheData';
import { EventTable } from '../events/EventTable';
import { Filters } from '../events/Filters';
import { PanelBoundary } from '../PanelBoundary';
import { DisplayModeControls } from '../timeline/DisplayModeControls';
import { useT } from '../useT';
import { useEmbedUi } from './EmbedContext';
import { EmbedPanel } from './EmbedPanel';

/**
 * The embed's filters, display choice and list of events (issue 14): a panel
 * over the map (EmbedPanel) that scrolls inside, so opening it never changes the frame's
 * height. Escape or Close gives focus back to the footer's button.
 */
export function EmbedMorePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { options } = useEmbedUi();
  return (
    <EmbedPanel id={id} title={t('embed.more')} onClose={onClose}>
      <PanelBoundary name="filters"><Filters /></PanelBoundary>
      {/* With `controls=full` the timeline already offers it. */}
      {options.controls !== 'full' && <div className="embed-more-display"><DisplayModeControls /></div>}
      <PanelBoundary name="table"><EventTable /></PanelBoundary>
      {/* "Get the data" for the events the list shows (issue 14 review: the embed had none). */}
      <GetTheData />
    </EmbedPanel>
  );
}
