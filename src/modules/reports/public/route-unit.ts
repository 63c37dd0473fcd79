// Which unit receives a public report: the one serving the victim's regency/city, else its province's.

/**
 * A SQL expression, evaluated for each report row `r` as it is inserted (so that routing costs no round trip of its
 * own): the active unit serving r.regency_code (e.g. "3509"), else the one serving r.province_code ("35"). When the
 * installation has neither, the report is never dropped: it goes to the oldest active province unit, else the oldest
 * active unit, whose intake officers refer it on. A unit serves one region and no other unit serves the same one
 * (units/), so "oldest" only breaks ties that cannot arise.
 */
export const ROUTED_UNIT_SQL = `COALESCE(
  (SELECT u.id FROM units u WHERE u.active AND u.region_code = r.regency_code ORDER BY u.created_at LIMIT 1),
  (SELECT u.id FROM units u WHERE u.active AND u.region_code = r.province_code ORDER BY u.created_at LIMIT 1),
  (SELECT u.id FROM units u WHERE u.active ORDER BY length(u.region_code) = 2 DESC, u.created_at LIMIT 1))`;
