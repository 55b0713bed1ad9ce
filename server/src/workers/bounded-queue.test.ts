import { describe, expect, it } from 'vitest';
import { createBoundedQueue, QueueFull } from './bounded-queue.ts';

/** A task that runs until the test lets it finish. */
function held<T>(value: T) {
  let finish: () => void = () => undefined;
  let started = false;
  const task = () => {
    started = true;
    return new Promise<T>((resolve) => (finish = () => resolve(value)));
  };
  return { task, finish: () => finish(), started: () => started };
}

describe('a bounded queue', () => {
  it('runs up to its concurrency at once, queues up to its limit in order, and refuses past it', async () => {
    const queue = createBoundedQueue({ concurrency: 2, maxQueue: 2 });
    const tasks = Array.from({ length: 5 }, (_, i) => held(i));
    const results = tasks.map((t) => queue.run(t.task));
    const [, , , , fifth] = results;
    await expect(fifth).rejects.toBeInstanceOf(QueueFull);
    expect(tasks.map((t) => t.started())).toEqual([true, true, false, false, false]);
    expect([queue.running, queue.queued]).toEqual([2, 2]);

    tasks[1]!.finish();
    expect(await results[1]).toBe(1);
    expect(tasks.map((t) => t.started())).toEqual([true, true, true, false, false]);
    // A free place in the queue takes the next task again.
    const sixth = held(6);
    const sixthResult = queue.run(sixth.task);
    await expect(queue.run(held(7).task)).rejects.toBeInstanceOf(QueueFull);

    tasks[0]!.finish();
    expect(await results[0]).toBe(0);
    expect(tasks[3]!.started()).toBe(true);
    expect(sixth.started()).toBe(false);
    tasks[2]!.finish();
    tasks[3]!.finish();
    expect(await Promise.all([results[2], results[3]])).toEqual([2, 3]);
    expect(sixth.started()).toBe(true);
    sixth.finish();
    expect(await sixthResult).toBe(6);
    expect([queue.running, queue.queued]).toEqual([0, 0]);
  });

  it('frees the slot of a task that fails or throws', async () => {
    const queue = createBoundedQueue({ concurrency: 1, maxQueue: 0 });
    await expect(queue.run(() => Promise.reject(new Error('kaputt')))).rejects.toThrow('kaputt');
    await expect(
      queue.run(() => {
        throw new Error('sofort kaputt');
      }),
    ).rejects.toThrow('sofort kaputt');
    expect(await queue.run(() => Promise.resolve('weiter'))).toBe('weiter');
  });
});
