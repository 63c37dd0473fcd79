// A valid public report form (a child in Jember) and its urlencoded or multipart body, for the /lapor tests.

/** A valid form for a child in Jember (35.09), district Jombang (35.09.01). */
export function baseForm(key: string, over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    idempotencyKey: key,
    inDanger: "no",
    category: "child",
    reporterRelation: "neighbour",
    reporterName: "Rahmat Tetangga",
    contactMethod: "whatsapp",
    reporterPhone: "0812-3456-7890",
    safeTime: "sore",
    victimName: "Dewi Lestari",
    victimAge: "12",
    victimSex: "female",
    provinceCode: "35",
    regencyCode: "3509",
    districtCode: "350901",
    violenceTypes: ["physical", "psychological"],
    incidentPlace: "household",
    chronology: "Anak sering dipukul di rumah.",
    perpetratorRelationship: "parent",
    ...over,
  };
}

export function urlencoded(form: Record<string, string | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) p.append(k, x);
  return p.toString();
}

/** The form as a multipart body with evidence files, as a browser sends it when a file is chosen. */
export function multipartBody(form: Record<string, string | string[]>, files: { name: string; bytes: Buffer; type: string }[]) {
  const boundary = "----teduhtest7MA4YWxkTrZu0gW";
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(form))
    for (const x of [v].flat())
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${x}\r\n`));
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
    );
    chunks.push(f.bytes, Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
