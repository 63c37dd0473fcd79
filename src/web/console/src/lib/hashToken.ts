// Reads the one-time token from the URL fragment (#token=…) once, then removes it from the address bar.
import { useEffect, useState } from "react";

export function readHashToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return params.get("token")?.trim() ?? "";
}

export function useHashToken(): string {
  const [token] = useState(() => readHashToken(window.location.hash));
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    }
  }, []);
  return token;
}
