// At most `concurrency` tasks at once, at most `maxQueue` more waiting in order; past that a task is refused at once.

export class QueueFull extends Error {
  override readonly name = 'QueueFull';
}

export type BoundedQueue = {
  /** Runs the task when a slot is free; rejects with QueueFull, without running it, when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly running: number;
  /** Tasks waiting for a slot. */
  readonly queued: number;
};

export function createBoundedQueue(options: { concurrency: number; maxQueue: number }): BoundedQueue {
  const waiting: (() => void)[] = [];
  let running = 0;

  const next = () => {
    running -= 1;
    const start = waiting.shift();
    if (start) {
      running += 1;
      start();
    }
  };

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= options.concurrency && waiting.length >= options.maxQueue) {
        return Promise.reject(
          new QueueFull(`${running} running and ${waiting.length} waiting, the queue is full`),
        );
      }
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          let settled: Promise<T>;
          try {
            settled = task();
          } catch (error) {
            settled = Promise.reject(error as Error);
          }
          // The next task starts before this one's caller hears back.
          settled.then(
            (value) => {
              next();
              resolve(value);
            },
            (error: unknown) => {
              next();
              reject(error as Error);
            },
          );
        };
        if (running < options.concurrency) {
          running += 1;
          start();
        } else {
          waiting.push(start);
        }
      });
    },
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
  };
}
