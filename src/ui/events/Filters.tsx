import { useId, useRef } from 'react';
import { EVENT_TYPES, type EventType } from '../../domain/event';
import { COUNTRY_PAIRS, type CountryPair } from '../../domain/timeline';
import { useViewer } from '../StoreContext';
import { useFilterCount } from './useFilterCount';
import { useT } from '../useT';
import { COUNTRY_PAIR_KEYS, EVENT_TYPE_KEYS } from './eventLabels';
import { TypeIcon } from './TypeIcon';

/** Adds or removes one value; the store reads an empty list as "no restriction". */
function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/**
 * Filters by event type, by border (country pair) and by a search over
 * titles, actors and place names (issue 4). Nothing ticked in a group means
 * the group does not filter, as the store's EventFilters define it.
 */
export function Filters({ titled = true }: {
  /** False inside a sheet that already carries the title (reader review: the phone's sheet said "Filters" twice). */
  titled?: boolean;
} = {}) {
  const t = useT();
  const filters = useViewer((s) => s.filters);
  const setFilters = useViewer((s) => s.setFilters);
  const { shown, total } = useFilterCount();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const active = filters.types.length > 0 || filters.pairs.length > 0 || filters.query.trim() !== '';
  // The hint says what the boxes do now (issue 13 review): "nothing ticked" only while nothing is.
  const ticked = filters.types.length > 0 || filters.pairs.length > 0;

  return (
    <section className="filters" aria-labelledby={titled ? `${id}-title` : undefined}>
      {titled && <h2 id={`${id}-title`} className="filters-title">{t('filters.title')}</h2>}
      <p id={`${id}-hint`} className="filters-hint">{t(ticked ? 'filters.tickedOnly' : 'filters.noneMeansAll')}</p>
      <fieldset className="filters-group" aria-describedby={`${id}-hint`}>
        <legend>{t('filters.types')}</legend>
        {EVENT_TYPES.map((type: EventType) => (
          <label key={type} className="check">
            <input type="checkbox" checked={filters.types.includes(type)}
              onChange={(e) => setFilters({ types: toggled(filters.types, type, e.target.checked) })} />
            <TypeIcon type={type} />
            <span>{t(EVENT_TYPE_KEYS[type])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="filters-group" aria-describedby={`${id}-hint`}>
        <legend>{t('filters.pairs')}</legend>
        {COUNTRY_PAIRS.map((pair: CountryPair) => (
          <label key={pair} className="check">
            <input type="checkbox" checked={filters.pairs.includes(pair)}
              onChange={(e) => setFilters({ pairs: toggled(filters.pairs, pair, e.target.checked) })} />
            <span>{t(COUNTRY_PAIR_KEYS[pair])}</span>
          </label>
        ))}
      </fieldset>
      <div className="filters-search">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input ref={searchRef} id={`${id}-search`} type="search" value={filters.query} autoComplete="off" spellCheck={false}
          onChange={(e) => setFilters({ query: e.target.value })} />
      </div>
      <div className="filters-footer">
        <p className="filters-count" role="status">{t('filters.count', { count: shown, total })}</p>
        {active && (
          <button type="button" className="filters-clear" onClick={() => {
            setFilters({ types: [], pairs: [], query: '' });
            // The button goes away with the filters: keep focus in the form.
            searchRef.current?.focus();
          }}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
