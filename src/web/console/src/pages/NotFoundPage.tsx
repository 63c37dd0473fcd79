// Shown for a console address that does not exist.
import { ApiError } from "../api/client";
import { ErrorNotice } from "../components/ErrorNotice";

const notFound = new ApiError(404, "not_found", "");

export function NotFoundPage() {
  return <ErrorNotice error={notFound} />;
}
