// E-mail through a real SMTP server with nodemailer (TEDUH_SMTP_URL, e.g. smtps://user:pass@mail.example.go.id).
import type { Transporter } from "nodemailer";
import type { Transport } from "./transport.js";

export function smtpTransport(url: string, from: string): Transport {
  // nodemailer (about 12 MB) loads with the first e-mail, not with every server that has SMTP set.
  let transporter: Transporter | null = null;
  return {
    async send(message) {
      transporter ??= (await import("nodemailer")).default.createTransport(url);
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject ?? "",
        text: message.text,
      });
    },
    close() {
      transporter?.close();
    },
  };
}
