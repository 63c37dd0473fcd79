// A live notice that the user clicks takes them to its page and closes, so it no longer covers the page they opened.
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";

export function useOpenNotice(): (noticeId: string, path: string) => void {
  const navigate = useNavigate();
  return (noticeId, path) => {
    notifications.hide(noticeId);
    void navigate(path);
  };
}
