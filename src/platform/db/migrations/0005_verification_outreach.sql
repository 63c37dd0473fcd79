-- Reserved for the verification links, outbox and outreach work: hand-written SQL for tables or columns it adds beyond 0002_reports.
SELECT 1;
