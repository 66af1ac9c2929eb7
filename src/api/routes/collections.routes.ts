// Need-to-know collections: the ones the account may read (with its role in each) for anyone; adding
// collections and granting roles in them for admins. Who may read what is decided in
// services/collections.service.ts.
import { z } from 'zod';
import {
  addCollection,
  grantCollection,
  listGrants,
  readableCollections,
  revokeCollection,
} from '../../services/collections.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { Collection, CollectionGrant, errors } from '../schemas.ts';

const Name = z.string().min(1).max(64);

export function registerCollectionRoutes(app: ZodApp, ctx: ApiContext): void {
  const { repo } = ctx;

  app.get(
    '/collections',
    {
      schema: {
        summary: 'The collections this account may read, with its role in each',
        tags: ['collections'],
        response: { 200: z.object({ items: z.array(Collection) }) },
      },
    },
    async (request) => {
      const items = await readableCollections(repo, await ctx.readerOf(request));
      return { items: items.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
    },
  );

  app.post(
    '/collections',
    {
      schema: {
        summary: 'Add a collection (open, or restricted to admins and granted accounts); admins only',
        tags: ['collections'],
        body: z.object({ name: Name, restricted: z.boolean().default(false) }),
        response: { 201: Collection, ...errors(400, 409) },
      },
    },
    async (request, reply) => {
      const created = await addCollection(repo, request.body, ctx.actorOf(request));
      return reply
        .code(201)
        .send({ ...created, role: 'admin' as const, createdAt: created.createdAt.toISOString() });
    },
  );

  app.get(
    '/collections/grants',
    {
      schema: {
        summary: 'Every grant of a role in a collection; admins only',
        tags: ['collections'],
        response: { 200: z.object({ items: z.array(CollectionGrant) }) },
      },
    },
    async () => ({
      items: (await listGrants(repo)).map((g) => ({
        collection: g.collection,
        user: g.user,
        role: g.role,
        grantedAt: g.grantedAt.toISOString(),
        grantedBy: g.grantedBy,
      })),
    }),
  );

  app.put(
    '/collections/:name/grants/:user',
    {
      schema: {
        summary:
          'Give an account a role (viewer or analyst) in a collection, replacing an earlier one; admins only',
        tags: ['collections'],
        params: z.object({ name: Name, user: Name }),
        body: z.object({ role: z.string().min(1).max(20) }),
        response: { 200: CollectionGrant, ...errors(400, 404) },
      },
    },
    async (request) => {
      const g = await grantCollection(
        repo,
        { collection: request.params.name, user: request.params.user, role: request.body.role },
        ctx.actorOf(request),
      );
      return {
        collection: g.collection,
        user: g.user,
        role: g.role,
        grantedAt: g.grantedAt.toISOString(),
        grantedBy: g.grantedBy,
      };
    },
  );

  app.delete(
    '/collections/:name/grants/:user',
    {
      schema: {
        summary: "Take an account's grant in a collection back; admins only",
        tags: ['collections'],
        params: z.object({ name: Name, user: Name }),
        response: { 204: z.null(), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      await revokeCollection(
        repo,
        { collection: request.params.name, user: request.params.user },
        ctx.actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );
}
