/**
 * Boxes on screen, in CSS px, and how two of them meet: one rule for the story card, the count
 * chips and the edge pills, which each kept their own copy of it (session 15 and 16 reviews).
 */
export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

/** Whether two boxes share some area (touching edges do not), each grown by `gap` px. */
export function boxesMeet(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** The area two boxes share, in square px (0 when they do not meet). */
export function sharedArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
}
