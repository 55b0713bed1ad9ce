import { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { corkForThisTick } from './tick-cork.ts';

/** A stream that records each write it is handed: one entry per system call a socket would make. */
function recordingStream(): { stream: Duplex; writes: string[][] } {
  const writes: string[][] = [];
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      writes.push([chunk.toString()]);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map(({ chunk }) => (chunk as Buffer).toString()));
      done();
    },
  });
  return { stream, writes };
}

const nextTick = () => new Promise<void>((resolve) => process.nextTick(resolve));

describe('corkForThisTick', () => {
  it('hands the frames of one tick to the socket in one write, in order', async () => {
    const { stream, writes } = recordingStream();
    for (const frame of ['a', 'b', 'c']) {
      corkForThisTick(stream);
      stream.write(frame);
    }
    expect(writes).toEqual([]);
    await nextTick();
    expect(writes).toEqual([['a', 'b', 'c']]);
  });

  it('writes each tick separately and each socket on its own', async () => {
    const first = recordingStream();
    const second = recordingStream();
    corkForThisTick(first.stream);
    first.stream.write('1');
    corkForThisTick(second.stream);
    second.stream.write('x');
    corkForThisTick(first.stream);
    first.stream.write('2');
    await nextTick();
    corkForThisTick(first.stream);
    first.stream.write('3');
    await nextTick();
    expect(first.writes).toEqual([['1', '2'], ['3']]);
    expect(second.writes).toEqual([['x']]);
  });
});
