// articles.csv: see loaders/types.ts for the columns.
import {reportTables, writeTableCsv} from "../../loaders/io/report.js";

writeTableCsv("articles", reportTables().articles);
