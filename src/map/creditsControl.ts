import type { IControl, Map as MaplibreMap } from 'maplibre-gl';

export interface CreditsLabels {
  /** Accessible name of the ⓘ button while the credits are folded. */
  show: string;
  /** …and while they are unfolded. */
  hide: string;
}

/** Below this map width the credits fold behind an ⓘ button (MapLibre's own threshold). */
export const COMPACT_CREDITS_WIDTH = 640;

let count = 0;

/**
 * The map's credits (issue 13). MapLibre's AttributionControl starts
 * unfolded on a narrow map, over a third of a phone's map (the provinces),
 * and folds only once the map is dragged. Ours: one discreet line on a wide
 * map; on a narrow one a 44 px ⓘ button that unfolds them on demand, and a
 * drag folds them again. The text is set as text, never HTML. It keeps
 * MapLibre's class names, which the layouts (embed, presentation) hide by.
 */
export class CreditsControl implements IControl {
  private map: MaplibreMap | null = null;
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private text: HTMLElement | null = null;
  private unfolded = false;

  constructor(private readonly credits: string, private readonly labels: CreditsLabels) {}

  onAdd(map: MaplibreMap): HTMLElement {
    this.map = map;
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib map-credits';
    const id = `map-credits-${++count}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-credits-toggle';
    button.setAttribute('aria-controls', id);
    button.textContent = 'i';
    button.addEventListener('click', this.toggle);
    const text = document.createElement('p');
    text.id = id;
    text.className = 'map-credits-text';
    text.textContent = this.credits;
    container.append(text, button);
    this.container = container;
    this.button = button;
    this.text = text;
    map.on('resize', this.update);
    map.on('dragstart', this.fold);
    this.update();
    return container;
  }

  onRemove(): void {
    this.map?.off('resize', this.update);
    this.map?.off('dragstart', this.fold);
    this.container?.remove();
    this.map = this.container = this.button = this.text = null;
  }

  private readonly toggle = () => { this.unfolded = !this.unfolded; this.update(); };

  private readonly fold = () => { if (this.unfolded) { this.unfolded = false; this.update(); } };

  private readonly update = () => {
    const { map, container, button, text } = this;
    if (!map || !container || !button || !text) return;
    const compact = map.getContainer().clientWidth < COMPACT_CREDITS_WIDTH;
    container.classList.toggle('is-compact', compact);
    button.hidden = !compact;
    text.hidden = compact && !this.unfolded;
    button.setAttribute('aria-expanded', String(compact && this.unfolded));
    button.setAttribute('aria-label', compact && this.unfolded ? this.labels.hide : this.labels.show);
  };
}
