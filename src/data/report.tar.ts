// The report's data: one tar archive of every table (CSV, for download) and the
// pre-aggregated files the pages load (see loaders/io/reportFiles.ts). Pages read
// members as FileAttachment("data/report/<name>"); the extraction runs once per build.
import {reportData, reportInputs, reportMappingFile} from "../../loaders/io/report.js";
import {reportCorpus} from "../../loaders/io/reportCorpus.js";
import {reportFiles} from "../../loaders/io/reportFiles.js";
import {tarArchive} from "../../loaders/io/tar.js";

// the build log names the inputs, the data folder and the mapping it read (one line on stderr)
process.stdout.write(tarArchive(reportFiles(await reportCorpus(), reportInputs().join(", "), {data: reportData(), mapping: reportMappingFile()})));
