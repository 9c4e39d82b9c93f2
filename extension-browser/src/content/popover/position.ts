// Where the popover goes: below the mark when it fits, else above; when it fits on neither side,
// on the roomier one with its height cut to that room (it scrolls), so it never covers its mark.

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: 'below' | 'above';
  /** Set when the popover must be shorter than it wants to be to stay off its mark. */
  readonly maxHeight?: number;
}

/** Space kept between the mark and the popover, and between the popover and the viewport edge. */
export const GAP = 6;

/** Below this, a cut popover shows too little to be useful; it may then overlap the viewport edge. */
const MIN_HEIGHT = 60;

export function placePopover(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const left = Math.max(GAP, Math.min(anchor.left, viewport.width - GAP - size.width));
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - GAP - below;
  const roomAbove = anchor.top - 2 * GAP;
  if (size.height <= roomBelow) return { left, top: below, side: 'below' };
  if (size.height <= roomAbove) return { left, top: anchor.top - GAP - size.height, side: 'above' };
  if (roomBelow >= roomAbove) return { left, top: below, side: 'below', maxHeight: Math.max(MIN_HEIGHT, roomBelow) };
  const maxHeight = Math.max(MIN_HEIGHT, roomAbove);
  return { left, top: anchor.top - GAP - maxHeight, side: 'above', maxHeight };
}
