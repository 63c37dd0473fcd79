// WhatsApp or SMS through an HTTP gateway: a JSON POST {to, text} with a bearer token; anything but 2xx fails.
import { type Transport, TransportError } from "./transport.js";

const TIMEOUT_MS = 15_000;

export function httpGatewayTransport(url: string, token: string | undefined): Transport {
  return {
    async send(message) {
      let res: Response;
      try {
        res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ to: message.to, text: message.text }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
          redirect: "error",
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string }; name?: string }).cause?.code;
        if ((error as { name?: string }).name === "TimeoutError") throw new TransportError("timeout");
        throw new TransportError(cause && /^[A-Z_]+$/.test(cause) ? cause.toLowerCase() : "network");
      }
      // Drain the body so the connection is reused; its content may echo the recipient, so it is not kept.
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status > 299) throw new TransportError(`http_${res.status}`);
    },
  };
}
