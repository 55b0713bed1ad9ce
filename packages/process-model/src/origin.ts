// The default transaction origin for edits made by the local user.

// Y.UndoManager tracks transactions by origin; tracking only this one keeps undo per user,
// because updates applied from the network carry the provider (or another value) as origin.
export const LOCAL_ORIGIN: unique symbol = Symbol('prozesswerk.process-model.local');
