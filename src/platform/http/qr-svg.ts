// A QR code as inline SVG, for links an officer sends from their own phone; qrcode loads with the first one drawn.
export async function qrSvg(text: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
