// Following an origin: generic element records, the three-way change list, applying it, and divergence.
export { KNOWN_CONTAINERS, entryContainers, readMapRecords, sameValue } from './records.ts';
export type { ElementFields, MapRecords } from './records.ts';
export {
  COLLISION_REASONS,
  UPSTREAM_CHANGE_KINDS,
  changedFields,
  upstreamChangeIds,
  upstreamChanges,
} from './changes.ts';
export type { CollisionReason, FieldChange, UpstreamChange, UpstreamChangeKind } from './changes.ts';
export { applyUpstreamChanges, readUpstreamVersions } from './apply.ts';
export type { SkipReason, UpstreamApplyResult, UpstreamVersions } from './apply.ts';
export { divergence } from './divergence.ts';
export type { Divergence } from './divergence.ts';
