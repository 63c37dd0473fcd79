// E-mail through a real SMTP server with nodemailer (TEDUH_SMTP_URL, e.g. smtps://user:pass@mail.example.go.id).
import nodemailer from "nodemailer";
import type { Transport } from "./transport.js";

export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject ?? "",
        text: message.text,
      });
    },
    close() {
      transporter.close();
    },
  };
}
