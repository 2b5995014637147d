/** The source files a directive folder may hold: exactly one of them. */
export type SourceFormat = 'txt' | 'pdf' | 'docx';

export const SOURCE_FILES: Record<string, SourceFormat> = { 'source.txt': 'txt', 'source.pdf': 'pdf', 'source.docx': 'docx' };
