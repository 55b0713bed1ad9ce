// Samples one process's memory every 500 ms and measures its CPU use over chosen windows.
import { readClockTicksPerSecond, readCpuSeconds, readMemory } from './proc-stats.ts';

export type MemoryFigures = {
  /** VmRSS at the first sample, when monitoring started. */
  firstRssBytes: number;
  /** Highest VmRSS seen by sampling. */
  peakRssBytes: number;
  /** VmHWM at the last sample: the kernel's peak, which also catches spikes between samples. */
  highWaterMarkBytes: number;
  samples: number;
};

export type ResourceMonitor = {
  /** Starts a CPU window; the returned function ends it and gives average CPU use in % of one core. */
  startCpuWindow(): () => number;
  /** Stops sampling memory and returns what was seen. */
  stop(): MemoryFigures;
};

export function createResourceMonitor(pid: number, sampleEveryMs = 500): ResourceMonitor {
  const ticksPerSecond = readClockTicksPerSecond();
  const figures: MemoryFigures = { firstRssBytes: 0, peakRssBytes: 0, highWaterMarkBytes: 0, samples: 0 };

  function sample(): void {
    const memory = readMemory(pid);
    if (!memory) return;
    if (figures.samples === 0) figures.firstRssBytes = memory.rssBytes;
    figures.samples += 1;
    figures.peakRssBytes = Math.max(figures.peakRssBytes, memory.rssBytes);
    figures.highWaterMarkBytes = memory.peakRssBytes;
  }

  sample();
  const timer = setInterval(sample, sampleEveryMs);

  return {
    startCpuWindow() {
      const startedAt = performance.now();
      const cpuAtStart = readCpuSeconds(pid, ticksPerSecond) ?? NaN;
      return () => {
        const cpuAtEnd = readCpuSeconds(pid, ticksPerSecond) ?? NaN;
        const wallSeconds = (performance.now() - startedAt) / 1000;
        return ((cpuAtEnd - cpuAtStart) / wallSeconds) * 100;
      };
    },
    stop() {
      clearInterval(timer);
      sample();
      return { ...figures };
    },
  };
}
