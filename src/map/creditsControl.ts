import type { IControl, Map as MaplibreMap } from 'maplibre-gl';

export interface CreditsLabels {
  /** Accessible name of the ⓘ button while the credits are folded. */
  show: string;
  /** …and while they are unfolded. */
  hide: string;
}

let count = 0;

/**
 * The map's credits (issue 13). MapLibre's AttributionControl starts
 * unfolded on a narrow map, over a third of a phone's map (the provinces),
 * and folds only once the map is dragged. Ours: at every width a 44 px ⓘ
 * button that unfolds them on demand, and a drag folds them again (a full
 * line wrapped to two at 1280 and 1024 px and covered names and the scale
 * bar: design review of issue 13). The text is set as text, never HTML. It keeps
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
    map.on('dragstart', this.fold);
    this.update();
    return container;
  }

  onRemove(): void {
    this.map?.off('dragstart', this.fold);
    this.container?.remove();
    this.map = this.container = this.button = this.text = null;
  }

  private readonly toggle = () => { this.unfolded = !this.unfolded; this.update(); };

  private readonly fold = () => { if (this.unfolded) { this.unfolded = false; this.update(); } };

  private readonly update = () => {
    const { container, button, text } = this;
    if (!container || !button || !text) return;
    container.classList.add('is-compact');
    text.hidden = !this.unfolded;
    button.setAttribute('aria-expanded', String(this.unfolded));
    button.setAttribute('aria-label', this.unfolded ? this.labels.hide : this.labels.show);
  };
}
