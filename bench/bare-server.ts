// The baseline for the load benchmark: a bare Fastify app with one GET route, no plugins, no logger, no database.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/", async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
process.stdout.write("bare fastify ready\n");
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
