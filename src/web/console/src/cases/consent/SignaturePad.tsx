// A signature drawn with a finger, pen or mouse on a canvas; hands back a PNG data URL after each stroke (null when cleared).
import { Box, Button, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

type Props = { onChange: (dataUrl: string | null) => void; error?: string | null };

const WIDTH = 420;
const HEIGHT = 150;

export function SignaturePad({ onChange, error }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  useEffect(() => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx) return;
    ctx.lineWidth = 2.2;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#111";
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) * WIDTH) / rect.width, y: ((e.clientY - rect.top) * HEIGHT) / rect.height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext("2d");
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const { x, y } = point(e);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext("2d");
    const { x, y } = point(e);
    ctx?.lineTo(x, y);
    ctx?.stroke();
  };
  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(e.currentTarget.toDataURL("image/png"));
  };
  const clear = () => {
    const c = canvas.current;
    c?.getContext("2d")?.clearRect(0, 0, WIDTH, HEIGHT);
    onChange(null);
  };

  return (
    <Stack gap={6}>
      <Text size="sm">{t("consent.signer.pad")}</Text>
      <Box
        component="canvas"
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        aria-label={t("consent.signer.padLabel")}
        role="img"
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        maw="100%"
        bg="white"
        style={{
          border: `1px solid ${error ? "var(--mantine-color-red-6)" : "var(--mantine-color-gray-5)"}`,
          borderRadius: 6,
          touchAction: "none",
        }}
      />
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Button size="xs" variant="default" w="fit-content" onClick={clear}>
        {t("consent.signer.clear")}
      </Button>
    </Stack>
  );
}
