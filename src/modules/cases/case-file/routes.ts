// HTTP adapter of the printable case file: GET /cases/:id/file?variant=full|victim answers a PDF download.
import { asDownload } from "../../../platform/http/download.js";
import { defineRoute } from "../../../platform/http/route.js";
import { CaseIdParams } from "../contracts.js";
import { CaseFileQuery } from "./contracts.js";
import { printCaseFile } from "./print-case-file.js";

export const caseFileRoutes = [
  defineRoute({
    method: "GET",
    path: "/cases/:id/file",
    tag: "cases",
    summary: "The case file as a PDF (full archive copy, or the victim's copy without other people's data); audited",
    access: { permission: "case.file.print" },
    params: CaseIdParams,
    query: CaseFileQuery,
    handler: async ({ ctx, actor, params, query, reply }) => {
      const { pdf, reference } = await printCaseFile(ctx, actor, params.id, query.variant);
      const name = `berkas-${reference.replace(/[^A-Za-z0-9-]/g, "")}-${query.variant === "victim" ? "salinan-korban" : "lengkap"}.pdf`;
      asDownload(reply, "application/pdf", name);
      return pdf;
    },
  }),
];
