// Audit event names of the printable case file.
export const CASE_FILE_AUDIT_ACTIONS = ["case.file_printed"] as const;
