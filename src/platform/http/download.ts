// Marks an answer as a file to save, never to show or cache: its type, a name made by the server, no-store.
import type { FastifyReply } from "fastify";

/** `fileName` must be the server's own ASCII name (never one a user sent): it goes into the header as it is. */
export function asDownload(reply: FastifyReply, contentType: string, fileName: string): void {
  reply.type(contentType).header("content-disposition", `attachment; filename="${fileName}"`).header("cache-control", "no-store");
}
