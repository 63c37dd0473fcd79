-- Reserved for the intake queue and console work: hand-written SQL for tables or columns it adds beyond 0002_reports.
SELECT 1;
