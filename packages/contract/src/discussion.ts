// Discussion summaries: visits and unread counts, decision logs, the threads of a frozen version, @mention people.
import { z } from 'zod';
import { NODE_KINDS, anchorSchema } from '@prozesswerk/process-model';
import { ProcessParams, Timestamp, VersionParams } from './common.ts';
import { defineOperation, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

export const UnreadSummary = z.object({
  unreadThreads: z.number().int().min(0).meta({ description: 'Threads with at least one unread comment' }),
  unreadComments: z.number().int().min(0),
  mentions: z.number().int().min(0).meta({ description: 'Unread comments that mention me' }),
});
export type UnreadSummary = z.infer<typeof UnreadSummary>;

export const LastSeen = Timestamp.nullable().meta({ description: 'My previous visit; null: never' });

export const ProcessUnread = UnreadSummary.extend({
  processId: z.string(),
  upstream: z
    .object({ basedOn: z.number().int(), newest: z.number().int() })
    .nullable()
    .meta({ description: 'The origin published a newer version than this variant is based on' }),
});
export type ProcessUnread = z.infer<typeof ProcessUnread>;

const Person = z.object({ id: z.string(), name: z.string(), org: z.string().optional() });

export const ThreadView = z
  .object({
    id: z.string(),
    anchor: anchorSchema,
    anchorSnapshot: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('node'), kind: z.enum([...NODE_KINDS, 'unknown']), label: z.string() }),
        z.object({ type: z.literal('edge'), label: z.string(), from: z.string(), to: z.string() }),
      ])
      .optional()
      .meta({ description: 'What the element was called when someone last wrote in the thread' }),
    createdBy: Person,
    createdAt: Timestamp,
    status: z.enum(['open', 'resolved']),
    decision: z.string().optional(),
    resolvedBy: Person.optional(),
    resolvedAt: Timestamp.optional(),
    comments: z.array(
      z.object({
        id: z.string(),
        author: Person,
        text: z.string(),
        createdAt: Timestamp,
        editedAt: Timestamp.optional(),
        deleted: z.boolean(),
        mentions: z.array(z.string()),
        reactions: z.array(z.object({ emoji: z.string(), personIds: z.array(z.string()) })),
      }),
    ),
    orphaned: z.boolean().meta({ description: 'Its node or edge is not in the map it belongs to' }),
  })
  .meta({ id: 'ThreadView', description: 'A comment thread with its orphan flag' });
export type ThreadView = z.infer<typeof ThreadView>;

export const MentionablePerson = z.object({ id: z.string(), name: z.string(), org: z.string() });
export type MentionablePerson = z.infer<typeof MentionablePerson>;

const markdown = (description: string) => ({
  description,
  content: { 'text/markdown': { schema: z.string() } },
});

const tags = ['discussion'];

export const discussionOperations = {
  recordVisit: defineOperation({
    method: 'post',
    path: '/api/processes/{id}/visits',
    operationId: 'recordVisit',
    summary: 'Mark the process as seen now; answers the previous visit and what was new since then',
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse(
        'The previous visit and what is new since',
        z.object({ lastSeenAt: LastSeen, unread: UnreadSummary }),
      ),
      ...problems(401, 404),
    },
  }),
  getUnread: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/unread',
    operationId: 'getUnread',
    summary: 'Unread threads, comments and mentions since my last visit',
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('What is new since my last visit', UnreadSummary.extend({ lastSeenAt: LastSeen })),
      ...problems(401, 404),
    },
  }),
  listUnread: defineOperation({
    method: 'get',
    path: '/api/unread',
    operationId: 'listUnread',
    summary:
      'Processes of my municipalities with unread threads or mentions, or a newer version at their origin',
    tags,
    'x-access': { scope: 'user' },
    responses: {
      200: jsonResponse(
        'Only processes with something new',
        z.object({
          processes: z.array(ProcessUnread),
          upstreamUpdates: z
            .number()
            .int()
            .min(0)
            .meta({ description: 'How many of my variants have a newer version at their origin' }),
        }),
      ),
      ...problems(401, 403),
    },
  }),
  getDecisionLog: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/decision-log',
    operationId: 'getDecisionLog',
    summary: 'Decision log: resolved threads with their decisions, as Markdown',
    tags,
    'x-access': { scope: 'process', min: 'viewer' },
    request: { params: ProcessParams },
    responses: {
      200: markdown('Markdown, as an attachment (Content-Disposition) named after the process'),
      ...problems(401, 404),
    },
  }),
  getVersionDiscussion: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/versions/{version}/discussion',
    operationId: 'getVersionDiscussion',
    summary: 'The threads of a version as they were when it was frozen',
    description:
      'Each thread is flagged orphaned if its element was not in that version’s map. Another municipality gets 404 `discussion-not-shared` unless the publisher shared the discussion.',
    tags,
    'x-access': { scope: 'version' },
    request: { params: VersionParams },
    responses: {
      200: jsonResponse(
        'The threads',
        z.object({
          processId: z.string(),
          version: z.number().int().positive(),
          threads: z.array(ThreadView),
        }),
      ),
      ...problems(400, 401, 404, 409),
    },
  }),
  getVersionDecisionLog: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/versions/{version}/decision-log',
    operationId: 'getVersionDecisionLog',
    summary: 'Decision log of a version: the threads resolved when it was frozen, as Markdown',
    description:
      'Another municipality gets 404 `discussion-not-shared` unless the publisher shared the discussion.',
    tags,
    'x-access': { scope: 'version' },
    request: { params: VersionParams },
    responses: {
      200: markdown('Markdown, as an attachment named after the process and version'),
      ...problems(400, 401, 404, 409),
    },
  }),
  listPeople: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/people',
    operationId: 'listPeople',
    summary: "People who can be @mentioned: the members of the process's municipality (names, no e-mail)",
    tags,
    'x-access': { scope: 'process', min: 'commenter' },
    request: { params: ProcessParams },
    responses: {
      200: jsonResponse('Sorted by name', z.object({ people: z.array(MentionablePerson) })),
      ...problems(401, 403, 404),
    },
  }),
};
