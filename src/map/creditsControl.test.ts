// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { CreditsControl } from './creditsControl';

// The map's credits (issue 13): folded behind a ⓘ button at every width, unfolded on
// demand, folded again by a drag. Run on a stand-in map that only keeps listeners.

function standInMap() {
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on(type: string, fn: () => void) { (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn); return map; },
    off(type: string, fn: () => void) { listeners.get(type)?.delete(fn); return map; },
  };
  const fire = (type: string) => { for (const fn of [...(listeners.get(type) ?? [])]) fn(); };
  const count = (type: string) => listeners.get(type)?.size ?? 0;
  return { map: map as unknown as MaplibreMap, fire, count };
}

const LABELS = { show: 'Show the credits', hide: 'Hide the credits' };
const CREDITS = '© OpenStreetMap <b>contributors</b>';

function added() {
  const stand = standInMap();
  const control = new CreditsControl(CREDITS, LABELS);
  const container = control.onAdd(stand.map);
  document.body.append(container);
  const button = container.querySelector('button')!;
  const text = container.querySelector('p')!;
  return { ...stand, control, container, button, text };
}

describe('CreditsControl', () => {
  it('starts folded: the credits hidden, a button named to show them, keeping MapLibre\'s class names', () => {
    const { container, button, text } = added();
    expect(container.classList).toContain('maplibregl-ctrl');
    expect(container.classList).toContain('maplibregl-ctrl-attrib');
    expect(container.classList).toContain('map-credits');
    expect(container.classList).toContain('is-compact');
    expect(text.hidden).toBe(true);
    expect(button.type).toBe('button');
    expect(button.className).toBe('map-credits-toggle');
    expect(button.textContent).toBe('i');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe(LABELS.show);
    expect(text.className).toBe('map-credits-text');
  });

  it('sets the credits as text, never as HTML', () => {
    const { text } = added();
    expect(text.textContent).toBe(CREDITS);
    expect(text.querySelector('b')).toBeNull();
  });

  it('names the credits it controls, with an id of its own per control', () => {
    const a = added();
    const b = added();
    expect(a.text.id).toMatch(/^map-credits-\d+$/);
    expect(a.button.getAttribute('aria-controls')).toBe(a.text.id);
    expect(b.button.getAttribute('aria-controls')).toBe(b.text.id);
    expect(a.text.id).not.toBe(b.text.id);
  });

  it('unfolds on a click and folds on the next, its name following', () => {
    const { button, text } = added();
    button.click();
    expect(text.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe(LABELS.hide);
    button.click();
    expect(text.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe(LABELS.show);
  });

  it('folds when the map is dragged, and a drag leaves folded credits folded', () => {
    const { button, text, fire } = added();
    button.click();
    fire('dragstart');
    expect(text.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fire('dragstart');
    expect(text.hidden).toBe(true);
    button.click();
    expect(text.hidden).toBe(false);
  });

  it('leaves the page and stops listening to the map when removed', () => {
    const { control, container, count, fire } = added();
    expect(count('dragstart')).toBe(1);
    control.onRemove();
    expect(container.isConnected).toBe(false);
    expect(count('dragstart')).toBe(0);
    expect(() => fire('dragstart')).not.toThrow();
  });

  it('can be removed before it was added', () => {
    expect(() => new CreditsControl(CREDITS, LABELS).onRemove()).not.toThrow();
  });

  it('does nothing when a drag reaches it after its removal', () => {
    // A map that still calls a listener it was asked to drop (a drag under way).
    const stand = standInMap();
    const sticky = { ...stand.map, off: () => stand.map } as unknown as MaplibreMap;
    const control = new CreditsControl(CREDITS, LABELS);
    const container = control.onAdd(sticky);
    container.querySelector('button')!.click();
    control.onRemove();
    expect(() => stand.fire('dragstart')).not.toThrow();
  });
});
