// Where the popover goes: below the mark when it fits, else above, always inside the viewport.

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
}

/** Space kept between the mark and the popover, and between the popover and the viewport edge. */
export const GAP = 6;

export function placePopover(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - GAP;
  const side = fitsBelow || above < GAP ? 'below' : 'above';
  const top = side === 'below' ? Math.max(GAP, Math.min(below, viewport.height - GAP - size.height)) : above;
  const left = Math.max(GAP, Math.min(anchor.left, viewport.width - GAP - size.width));
  return { left, top, side };
}
