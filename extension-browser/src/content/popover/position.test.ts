import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placePopover, type Placement } from './position.js';

test('placePopover', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };
  const cases: Array<[string, { left: number; top: number; width: number; height: number }, { width: number; height: number }, Placement]> = [
    ['below when it fits', { left: 100, top: 100, width: 40, height: 20 }, size, { left: 100, top: 126, side: 'below' }],
    ['above near the bottom', { left: 100, top: 700, width: 40, height: 20 }, size, { left: 100, top: 494, side: 'above' }],
    ['kept inside on the right', { left: 900, top: 100, width: 40, height: 20 }, size, { left: 694, top: 126, side: 'below' }],
    ['kept inside on the left', { left: -50, top: 100, width: 40, height: 20 }, size, { left: 6, top: 126, side: 'below' }],
    ['too tall for either side, more room below: below, cut to the room', { left: 100, top: 300, width: 40, height: 20 }, { width: 300, height: 600 }, { left: 100, top: 326, side: 'below', maxHeight: 468 }],
    ['too tall for either side, more room above: above, cut to the room', { left: 100, top: 500, width: 40, height: 20 }, { width: 300, height: 600 }, { left: 100, top: 6, side: 'above', maxHeight: 488 }],
  ];
  for (const [name, anchor, wanted, expected] of cases) {
    const placement = placePopover(anchor, wanted, viewport);
    assert.deepEqual(placement, expected, name);
    const height = placement.maxHeight ?? wanted.height;
    const overlaps = placement.top < anchor.top + anchor.height && anchor.top < placement.top + height;
    assert.equal(overlaps, false, `${name}: the popover stays off its mark`);
  }
  const tiny = placePopover({ left: 10, top: 50, width: 40, height: 20 }, size, { width: 400, height: 150 });
  assert.deepEqual(tiny, { left: 10, top: 76, side: 'below', maxHeight: 68 }, 'no room either side: below, as tall as the room');
});
