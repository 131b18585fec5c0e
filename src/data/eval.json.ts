// eval.json: the measured figures for the method page, read from eval/*.json and
// checked for shape (scripts/eval/read.ts). Missing files become null: "not measured yet".
import {readEvalFiles} from "../../scripts/eval/read.js";

process.stdout.write(JSON.stringify(readEvalFiles()));
