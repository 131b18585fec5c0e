// ingest.csv: see loaders/types.ts for the columns.
import {reportTables, writeTableCsv} from "../../loaders/io/report.js";

writeTableCsv("ingest", reportTables().ingest);
