// The storage interface every backend implements; the sync server and routes depend only on this.

export type ProcessRecord = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
};

export type NewProcess = { id: string; title: string };

/** One document update to append to a room's log. */
export type RoomUpdate = { room: string; update: Uint8Array };

/** What a cold load needs: the compacted state (if any) and the log written since, in order. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

export type Store = {
  readonly dialect: 'sqlite' | 'postgres';

  createProcess(input: NewProcess): Promise<ProcessRecord>;
  getProcess(id: string): Promise<ProcessRecord | undefined>;

  /** Compacted state plus the log tail of one room. */
  loadDoc(room: string): Promise<StoredDoc>;
  /** Appends updates for any number of rooms atomically: either all are stored or none. */
  appendUpdates(batch: readonly RoomUpdate[]): Promise<void>;
  /** Number of log entries a room has beyond its compacted state. */
  logLength(room: string): Promise<number>;
  /** Merges a room's log into its compacted state; safe while other writers append. */
  compact(room: string): Promise<void>;

  close(): Promise<void>;
};
