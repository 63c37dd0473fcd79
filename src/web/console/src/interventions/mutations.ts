// Intervention commands: move its status (with the version loaded), record a session and upload its attachments.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client";
import { caseKeys } from "../cases/api";
import type { AttachmentInfoT, InterventionSessionT, InterventionT } from "../cases/services/contracts";
import { servicesKeys } from "../cases/services/keys";
import { readBase64 } from "./readFile";

export type SessionValues = { heldOn: string; whatWasDone: string; result: string; followUp: string | null };
export type UploadFailure = { fileName: string; message: string };

function useRefresh(id: string, caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: servicesKeys.intervention(id) }),
      queryClient.invalidateQueries({ queryKey: servicesKeys.mine }),
      queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) }),
    ]);
}

export function useSetStatus(id: string, caseId: string) {
  const refresh = useRefresh(id, caseId);
  return useMutation({
    mutationFn: (body: { version: number; status: string }) => api<InterventionT>("PATCH", `/interventions/${id}`, body),
    onSettled: refresh,
  });
}

export async function uploadAttachment(sessionId: string, file: File): Promise<AttachmentInfoT> {
  const body = { fileName: file.name, contentType: file.type, contentBase64: await readBase64(file) };
  return api<AttachmentInfoT>("POST", `/intervention-sessions/${sessionId}/attachments`, body);
}

/** Uploads each file in turn; a refused one is reported and the rest still go. */
export async function uploadAll(sessionId: string, files: File[]): Promise<UploadFailure[]> {
  const failures: UploadFailure[] = [];
  for (const file of files) {
    try {
      await uploadAttachment(sessionId, file);
    } catch (err) {
      failures.push({ fileName: file.name, message: err instanceof ApiError ? err.message : String(err) });
    }
  }
  return failures;
}

/** Records the session, then its attachments: the session stands even when an attachment is refused. */
export function useRecordSession(id: string, caseId: string) {
  const refresh = useRefresh(id, caseId);
  return useMutation({
    mutationFn: async ({ values, files }: { values: SessionValues; files: File[] }) => {
      const session = await api<InterventionSessionT>("POST", `/interventions/${id}/sessions`, values);
      return { session, failures: await uploadAll(session.id, files) };
    },
    onSuccess: refresh,
  });
}

export function useAddAttachments(id: string, caseId: string, sessionId: string) {
  const refresh = useRefresh(id, caseId);
  return useMutation({ mutationFn: (files: File[]) => uploadAll(sessionId, files), onSettled: refresh });
}
