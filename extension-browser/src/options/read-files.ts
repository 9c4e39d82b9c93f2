// Files from the file inputs and from drag and drop (folders too), as paths and texts.
export interface FileWithPath {
  path: string;
  file: File;
}

/** A file input's files; a folder pick gives each file's path inside the folder. */
export function inputFiles(list: FileList | null): FileWithPath[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Dropped files and folders (walked recursively); only .md and .json files are kept from folders. */
export async function droppedFiles(transfer: DataTransfer): Promise<FileWithPath[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => entry !== null && entry !== undefined);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const found: FileWithPath[] = [];
  for (const entry of entries) await walk(entry, found, true);
  return found;
}

async function walk(entry: FileSystemEntry, found: FileWithPath[], top: boolean): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    // A file dropped on its own is kept whatever its type (and refused with a clear problem); in folders only entries count.
    if (top || /\.(md|json)$/i.test(file.name)) found.push({ path: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns a batch at a time until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) if (!/^readme\.md$/i.test(child.name)) await walk(child, found, false);
  }
}
