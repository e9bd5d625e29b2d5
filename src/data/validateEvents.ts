import type { BorderEvent } from '../domain/event.ts';
import type { GeoIndex } from './geoIndex.ts';
import { type ParseResult, type Problem, type ProblemCode, type ProblemParams, problem } from './problems.ts';
import { validateEvent } from './validateEvent.ts';

/** A problem found while reading an event (e.g. broken CSV quoting), before it has a location. */
export interface ReadIssue {
  readonly code: ProblemCode;
  readonly field: string;
  readonly params?: ProblemParams;
}

/** An event as read from a file, before validation. */
export interface RawEvent {
  readonly raw: unknown;
  /** Line where the event starts in its file. */
  readonly line: number;
  /** Any issue makes the event invalid. */
  readonly issues?: readonly ReadIssue[];
}

/**
 * Past this many problems in one file the list stops, with one last problem
 * counting the rest: a file this broken needs fixing at the source, and
 * millions of lines help nobody. Validation goes on, so every valid event
 * is still returned.
 */
export const MAX_PROBLEMS = 5000;

export interface ValidateEventsOptions {
  readonly file?: string;
  readonly geo: GeoIndex;
  readonly maxProblems?: number;
  /**
   * Called with each valid event as soon as it is known valid, in order (issue 18: the
   * worker sends events on while it validates the rest). A later event never takes an
   * earlier one back: a duplicate id leaves out the later one.
   */
  readonly onValid?: (event: BorderEvent) => void;
}

/**
 * Validates a list of events: each on its own, then ids across the list.
 * Every invalid event yields at least one problem (or, past the limit, is
 * counted in the closing `too-many-problems` one); every valid one is
 * returned, in input order. The first event with an id keeps it; later
 * ones are reported as duplicates and left out.
 */
export function validateEvents(items: Iterable<RawEvent>, options: ValidateEventsOptions): ParseResult<BorderEvent[]> {
  const max = options.maxProblems ?? MAX_PROBLEMS;
  const value: BorderEvent[] = [];
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  let hidden = 0;
  let hiddenEvents = 0;
  let firstHiddenLine: number | undefined;

  for (const item of items) {
    const at = { ...(options.file !== undefined ? { file: options.file } : {}), line: item.line };
    const collect = problems.length < max;
    const result = validateEvent(item.raw, at, options.geo, collect);
    const issues = item.issues ?? [];
    let count = issues.length + result.problemCount;
    if (result.id !== undefined) {
      const first = firstLine.get(result.id);
      if (first === undefined) {
        firstLine.set(result.id, item.line);
      } else {
        count += 1;
        if (collect) result.problems.push(problem('duplicate-id', { ...at, eventId: result.id }, 'id', { id: result.id, firstLine: first }));
      }
    }
    if (count === 0 && result.value) {
      value.push(result.value);
      options.onValid?.(result.value);
    } else if (collect) {
      const rawId = rawIdOf(item.raw);
      const located = { ...at, ...(rawId !== undefined ? { eventId: rawId } : {}) };
      problems.push(...issues.map((issue) => problem(issue.code, located, issue.field, issue.params)), ...result.problems);
    } else {
      hidden += count;
      hiddenEvents += 1;
      firstHiddenLine ??= item.line;
    }
  }
  if (firstHiddenLine !== undefined) {
    const at = { ...(options.file !== undefined ? { file: options.file } : {}), line: firstHiddenLine };
    problems.push(problem('too-many-problems', at, 'file', { count: hidden, events: hiddenEvents, max }));
  }
  return { value, problems };
}

function rawIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : undefined;
}
