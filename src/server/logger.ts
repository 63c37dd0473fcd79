// Structured logs (pino): ids and paths only, never cookies, tokens, query strings, SQL parameters, names or passwords.
import pino, { type DestinationStream } from "pino";

/** Database errors quote the failed query's parameters (which may hold names): log only codes and the SQL shape. */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = (err as { code?: string }).code ?? cause?.code;
  const message = err.message.startsWith("Failed query:")
    ? `${err.message.split("\nparams:")[0]} (${cause?.message ?? "database error"})`
    : err.message;
  return {
    type: err.name,
    code,
    message,
    stack: err.stack
      ?.split("\n")
      .filter((l) => l.trimStart().startsWith("at "))
      .slice(0, 5)
      .join("\n"),
  };
}

/**
 * A one-time link's token travels in its path (/v/<token>, /s/<token> and what follows): whoever reads the log must not be
 * able to open the link, so any 43-character base64url segment (the size of platform/crypto/tokens.ts's tokens; ids are
 * 36-character UUIDs) is written as "-".
 */
const TOKEN_SEGMENT = /(?<=\/)[A-Za-z0-9_-]{43}(?=\/|$)/g;
export const loggedPath = (url: string) => (url.split("?")[0] ?? "").replace(TOKEN_SEGMENT, "-");

export function buildLogger(level: string, destination?: DestinationStream) {
  return pino(
    {
      level,
      redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'req.headers["x-csrf-token"]'], remove: true },
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          // Query strings can carry search terms (names): drop them; and link tokens.
          path: loggedPath(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: safeError,
      },
    },
    destination,
  );
}
