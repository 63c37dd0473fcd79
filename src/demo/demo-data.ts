// The demo's content: East Java's province unit and two regency/city units, their posts, partners and staff names.

import type { partners, posts, units } from "../modules/people/schema.js";
import type { Profession, Role } from "../platform/access/roles.js";

type StaffEntry = readonly [Role, string, Profession?];

export interface DemoUnitSpec {
  key: "jatim" | "jember" | "surabaya";
  unit: Omit<typeof units.$inferInsert, "parentId">;
  posts: Omit<typeof posts.$inferInsert, "unitId">[];
  partners: Omit<typeof partners.$inferInsert, "unitId">[];
  staff: StaffEntry[];
}

const LPSK = {
  name: "LPSK (Lembaga Perlindungan Saksi dan Korban)",
  kind: "lpsk",
  address: "Jl. Raya Bogor Km 24 No. 47-49, Ciracas, Jakarta Timur",
  phone: "148",
} as const;

/** The staff of one unit: every role, and a service provider of every profession. */
function team(names: string[]): StaffEntry[] {
  const [head, supervisor, intake1, intake2, cm1, cm2, advokat, paralegal, psikolog, konselor, pendamping, dispatcher, data] =
    names;
  return [
    ["head", head as string],
    ["supervisor", supervisor as string],
    ["intake_officer", intake1 as string],
    ["intake_officer", intake2 as string],
    ["case_manager", cm1 as string],
    ["case_manager", cm2 as string],
    ["service_provider", advokat as string, "advokat"],
    ["service_provider", paralegal as string, "paralegal"],
    ["service_provider", psikolog as string, "psikolog"],
    ["service_provider", konselor as string, "konselor"],
    ["service_provider", pendamping as string, "pendamping"],
    ["dispatcher", dispatcher as string],
    ["data_team", data as string],
  ];
}

/** In order: the province first (it becomes the parent of the others). */
export const DEMO_UNITS: DemoUnitSpec[] = [
  {
    key: "jatim",
    unit: {
      name: "UPTD PPA Provinsi Jawa Timur",
      kind: "province",
      regionCode: "35",
      timeZone: "Asia/Jakarta",
      address: "Jl. Kutisari Selatan No. 1, Tenggilis Mejoyo, Surabaya 60291",
    },
    posts: [],
    partners: [
      { name: "Subdit IV Renakta Ditreskrimum Polda Jawa Timur", kind: "police", address: "Jl. Ahmad Yani No. 116, Surabaya" },
      { name: "Dinas Sosial Provinsi Jawa Timur", kind: "social_services", address: "Jl. Gayung Kebonsari No. 56B, Surabaya" },
      LPSK,
      { name: "RSUD Dr. Soetomo", kind: "hospital", address: "Jl. Mayjen Prof. Dr. Moestopo No. 6-8, Surabaya" },
      { name: "LBH APIK Jawa Timur", kind: "legal_aid", address: "Jl. Ngagel Jaya Selatan, Surabaya" },
      {
        name: "Majelis Ulama Indonesia (MUI) Provinsi Jawa Timur",
        kind: "religious_leader",
        address: "Jl. Dharmahusada Selatan No. 5, Surabaya",
      },
      { name: "Call Center 112 Provinsi Jawa Timur", kind: "call_centre_112", phone: "112" },
    ],
    staff: team([
      "Dr. Endah Kusumawati",
      "Bambang Sutrisno",
      "Siti Khoirunnisa",
      "Dwi Handayani",
      "Rizky Pratama",
      "Yuliana Sari",
      "Ahmad Fauzi, S.H.",
      "Nur Aini",
      "Retno Wulandari, M.Psi.",
      "Lilik Suryani",
      "Eko Prasetyo",
      "Fajar Nugroho",
      "Anisa Rahmawati",
    ]),
  },
  {
    key: "jember",
    unit: {
      name: "UPTD PPA Kabupaten Jember",
      kind: "regency_city",
      regionCode: "3509",
      timeZone: "Asia/Jakarta",
      address: "Jl. Kalimantan No. 42, Sumbersari, Jember 68121",
    },
    posts: [
      {
        name: "Pos Pengaduan Kecamatan Kaliwates",
        address: "Kantor Kecamatan Kaliwates, Jl. Diponegoro, Kaliwates, Jember",
        latitude: -8.1725,
        longitude: 113.6995,
      },
      {
        name: "Pos Pengaduan Puskesmas Sumbersari",
        address: "Puskesmas Sumbersari, Jl. Letjen Panjaitan, Sumbersari, Jember",
        latitude: -8.1687,
        longitude: 113.7226,
      },
      {
        name: "Pos Pengaduan Kecamatan Ambulu",
        address: "Kantor Kecamatan Ambulu, Jl. Kartini, Ambulu, Jember",
        latitude: -8.3456,
        longitude: 113.6067,
      },
    ],
    partners: [
      { name: "Unit PPA Satreskrim Polres Jember", kind: "police", address: "Jl. R.A. Kartini No. 17, Kepatihan, Jember" },
      { name: "Dinas Sosial Kabupaten Jember", kind: "social_services", address: "Jl. Jawa, Sumbersari, Jember" },
      LPSK,
      { name: "RSUD dr. Soebandi Jember", kind: "hospital", address: "Jl. dr. Soebandi No. 124, Patrang, Jember" },
      { name: "Lembaga Bantuan Hukum (LBH) Jember", kind: "legal_aid", address: "Jl. Mastrip, Sumbersari, Jember" },
      {
        name: "Majelis Ulama Indonesia (MUI) Kabupaten Jember",
        kind: "religious_leader",
        address: "Jl. Kartini, Kepatihan, Jember",
      },
      { name: "Call Center 112 Kabupaten Jember", kind: "call_centre_112", phone: "112" },
    ],
    staff: [
      ...team([
        "Sri Wahyuni",
        "Moh. Hasan Basri",
        "Ika Purnamasari",
        "Yusuf Effendi",
        "Desy Ratnasari",
        "Imam Syafii",
        "Abdul Rohman, S.H.",
        "Faridatul Jannah",
        "Novita Anggraini, M.Psi.",
        "Hartini Susilowati",
        "Slamet Riyadi",
        "Agung Wicaksono",
        "Maya Puspitasari",
      ]),
      ["admin", "Rudi Hartono"],
    ],
  },
  {
    key: "surabaya",
    unit: {
      name: "UPTD PPA Kota Surabaya",
      kind: "regency_city",
      regionCode: "3578",
      timeZone: "Asia/Jakarta",
      address: "Jl. Tunjungan No. 1-3, Genteng, Surabaya 60275",
    },
    posts: [
      {
        name: "Pos Pengaduan Kecamatan Tambaksari",
        address: "Kantor Kecamatan Tambaksari, Jl. Tambaksari, Surabaya",
        latitude: -7.2493,
        longitude: 112.7576,
      },
      {
        name: "Pos Pengaduan Puskesmas Kenjeran",
        address: "Puskesmas Kenjeran, Jl. Tambak Deres, Bulak, Surabaya",
        latitude: -7.2336,
        longitude: 112.7897,
      },
      {
        name: "Pos Pengaduan Kecamatan Wonokromo",
        address: "Kantor Kecamatan Wonokromo, Jl. Raya Wonokromo, Surabaya",
        latitude: -7.3005,
        longitude: 112.7388,
      },
    ],
    partners: [
      { name: "Unit PPA Satreskrim Polrestabes Surabaya", kind: "police", address: "Jl. Sikatan No. 1, Krembangan, Surabaya" },
      { name: "Dinas Sosial Kota Surabaya", kind: "social_services", address: "Jl. Arief Rahman Hakim No. 131-133, Surabaya" },
      LPSK,
      { name: "RSUD Dr. Mohamad Soewandhie", kind: "hospital", address: "Jl. Tambak Rejo No. 45-47, Simokerto, Surabaya" },
      { name: "LBH Surabaya", kind: "legal_aid", address: "Jl. Kidal No. 6, Surabaya" },
      {
        name: "Majelis Ulama Indonesia (MUI) Kota Surabaya",
        kind: "religious_leader",
        address: "Jl. Dharmahusada Selatan, Surabaya",
      },
      { name: "Command Center 112 Kota Surabaya", kind: "call_centre_112", phone: "112" },
    ],
    staff: team([
      "Lusi Andriani",
      "Heru Setiawan",
      "Puji Lestari",
      "Wahyu Hidayat",
      "Kartika Dewi",
      "Dimas Aditya",
      "Indah Permatasari, S.H.",
      "Siti Maemunah",
      "Galih Prakoso, M.Psi.",
      "Rina Marlina",
      "Nanik Sulistyowati",
      "Bayu Firmansyah",
      "Dian Safitri",
    ]),
  },
];

/** `first.last` from a display name without titles ("Dr. Endah Kusumawati, M.Psi." -> endah.kusumawati), made unique. */
export function demoUsername(displayName: string, taken: Set<string>): string {
  const words = (displayName.split(",")[0] ?? displayName)
    .split(/\s+/)
    .filter((w) => !/^(dr|moh|h)\.$/i.test(w))
    .map((w) => w.toLowerCase().replace(/[^a-z]/g, ""))
    .filter(Boolean);
  const base = words.length > 1 ? `${words[0]}.${words[words.length - 1]}` : (words[0] ?? "staf");
  let name = base.slice(0, 36);
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 33)}${i}`;
  taken.add(name);
  return name;
}
