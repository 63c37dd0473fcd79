// Words a message or public page must never carry: whoever holds the victim's phone may read it.
export const REVEALING = [
  /kekerasan/i,
  /violence/i,
  /korban/i,
  /victim/i,
  /\bPPA\b/,
  /UPTD/i,
  /perlindungan/i,
  /protection/i,
  /perempuan/i,
  /\banak\b/i,
  /kasus/i,
  /\bcase\b/i,
  /pengaduan/i,
  /complaint/i,
  /Jember/i,
];
