import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placePopover, type Placement } from './position.js';

test('placePopover', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };
  const cases: Array<[string, { left: number; top: number; width: number; height: number }, Placement]> = [
    ['below when it fits', { left: 100, top: 100, width: 40, height: 20 }, { left: 100, top: 126, side: 'below' }],
    ['above near the bottom', { left: 100, top: 700, width: 40, height: 20 }, { left: 100, top: 494, side: 'above' }],
    ['kept inside on the right', { left: 900, top: 100, width: 40, height: 20 }, { left: 694, top: 126, side: 'below' }],
    ['kept inside on the left', { left: -50, top: 100, width: 40, height: 20 }, { left: 6, top: 126, side: 'below' }],
  ];
  for (const [name, anchor, expected] of cases) assert.deepEqual(placePopover(anchor, size, viewport), expected, name);
  const tiny = placePopover({ left: 10, top: 50, width: 40, height: 20 }, size, { width: 400, height: 150 });
  assert.equal(tiny.side, 'below', 'no room either side: below, clamped');
  assert.equal(tiny.top, 6);
});
