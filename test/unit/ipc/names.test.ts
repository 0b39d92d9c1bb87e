import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/ipc/contract';
import { events } from '../../../main/ipc/contract/push';
import { channelNames, EVENT_NAMES } from '../../../main/ipc/contract/names';

// The renderer and the preload build their calls from the plain name lists, not from the zod
// contract: a channel missing from the list would be missing from the window.
describe('plain name lists', () => {
  it('list exactly the contract’s channels', () => {
    expect([...channelNames()].sort()).toEqual([...CHANNELS].sort());
  });

  it('list exactly the contract’s events', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });
});
