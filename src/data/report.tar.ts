// The report's data: one tar archive of every table (CSV, for download) and the
// pre-aggregated files the pages load (see loaders/io/reportFiles.ts). Pages read
// members as FileAttachment("data/report/<name>"); the extraction runs once per build.
import {reportInputs} from "../../loaders/io/report.js";
import {reportCorpus} from "../../loaders/io/reportCorpus.js";
import {reportFiles} from "../../loaders/io/reportFiles.js";
import {tarArchive} from "../../loaders/io/tar.js";

process.stdout.write(tarArchive(reportFiles(reportCorpus(), reportInputs().join(", "))));
