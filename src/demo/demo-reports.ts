// Demo complaints for the intake queue of the regency units: realistic, fictitious, spread over the last days.
import type { Tx } from "../platform/db/connection.js";
import type { AppContext } from "../platform/http/context.js";
import { makeReport, type ReportSpec } from "./report-factories.js";

type DemoReport = Omit<ReportSpec, "unitId" | "createdAt"> & { hoursAgo: number };

const JEMBER: DemoReport[] = [
  {
    hoursAgo: 1,
    category: "woman",
    inDanger: true,
    victimName: "Sulastri",
    victimBirthDate: "1989-03-12",
    victimAge: 37,
    violenceTypes: ["physical", "psychological"],
    districtCode: "350921",
    chronology: "Suami memukul korban tadi malam dan mengancam akan kembali. Korban sekarang berada di rumah tetangga.",
  },
  {
    hoursAgo: 5,
    category: "child",
    victimName: "A. R.",
    victimBirthDate: "2012-08-30",
    victimAge: 14,
    violenceTypes: ["sexual"],
    chronology: "Wali kelas melihat perubahan perilaku murid setelah les sore; murid bercerita tentang perlakuan guru les.",
  },
  {
    hoursAgo: 26,
    category: "woman",
    channel: "walk_in",
    status: "in_intake",
    victimName: "Nur Hidayati",
    victimBirthDate: "1996-11-04",
    victimAge: 30,
    victimPhone: "0813-3344-5566",
    districtCode: "350919",
    violenceTypes: ["psychological", "neglect"],
    chronology: "Korban datang ke pos pengaduan; suami tidak memberi nafkah selama enam bulan dan melarang korban bekerja.",
  },
  {
    hoursAgo: 50,
    category: "child",
    channel: "phone",
    status: "in_intake",
    victimName: "M. F.",
    victimBirthDate: "2017-01-19",
    victimAge: 9,
    violenceTypes: ["physical"],
    chronology: "Kepala desa menelepon: anak sering terlihat memar dan tidak masuk sekolah sejak dua minggu.",
  },
];

const SURABAYA: DemoReport[] = [
  {
    hoursAgo: 3,
    category: "woman",
    victimName: "Ratna Sari",
    victimBirthDate: "2001-06-21",
    victimAge: 25,
    violenceTypes: ["exploitation", "trafficking"],
    regencyCode: "3578",
    districtCode: "357803",
    chronology: "Korban dijanjikan pekerjaan di luar kota, dokumen ditahan penyalur, dan dipaksa bekerja tanpa upah.",
  },
];

/** Adds the demo complaints; returns how many. */
export async function seedDemoReports(ctx: AppContext, tx: Tx, units: { key: string; id: string }[]): Promise<number> {
  let made = 0;
  for (const [key, list] of [
    ["jember", JEMBER],
    ["surabaya", SURABAYA],
  ] as const) {
    const unit = units.find((u) => u.key === key);
    if (!unit) continue;
    for (const { hoursAgo, ...spec } of list) {
      await makeReport(ctx, tx, { ...spec, unitId: unit.id, createdAt: new Date(Date.now() - hoursAgo * 3_600_000) });
      made++;
    }
  }
  return made;
}
