/** Types of treeHash.mjs (plain JavaScript, so that the launcher runs without tsx). */
import type {Hash} from "node:crypto";
export function hashTree(hash: Hash, root: string, dir: string): void;
export function treeDigest(dir: string): string;
export function treeDigestKept(dir: string): string;
export function keptTreeDigest(dir: string): string;
