// Fetches the case file PDF (GET, session cookie, no CSRF token needed) and hands it to the browser as a download;
// a refusal (403, 404) or a failure becomes an ApiError the page shows instead of a file of error JSON.
import { ApiError } from "../../api/client";
import i18n from "../../i18n";
import type { CaseFileVariant } from "./contracts";

function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get("content-disposition") ?? "";
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

export async function downloadCaseFile(caseId: string, variant: CaseFileVariant): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/cases/${caseId}/file?variant=${variant}`, {
      credentials: "same-origin",
      headers: { accept: "application/pdf", "accept-language": i18n.language || "id" },
    });
  } catch {
    throw new ApiError(0, "network", i18n.t("errors.network"));
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(
      res.status,
      body?.error?.code ?? `http_${res.status}`,
      body?.error?.message ?? i18n.t("errors.generic", { status: res.status }),
    );
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileNameOf(res, `berkas-${variant}.pdf`);
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the file before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
