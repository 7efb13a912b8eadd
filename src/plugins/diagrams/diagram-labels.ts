/**
 * Accessible title and description of a Mermaid diagram, read from its
 * `accTitle:` and `accDescr:` lines. Some diagram types (timeline) accept
 * these lines but do not put them in the SVG; the renderer (tools/diagrams) uses
 * this to label such diagrams itself.
 */
export interface DiagramLabels {
  title?: string;
  description?: string;
}

export function diagramLabels(code: string): DiagramLabels {
  const labels: DiagramLabels = {};
  const lines = code.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const title = /^accTitle\s*:\s*(.+)$/.exec(line);
    if (title && labels.title === undefined) labels.title = title[1].trim();
    const description = /^accDescr\s*:\s*(.+)$/.exec(line);
    if (description && labels.description === undefined) labels.description = description[1].trim();
    // Block form: accDescr { … } over several lines.
    if (/^accDescr\s*\{/.test(line) && labels.description === undefined) {
      const parts: string[] = [line.replace(/^accDescr\s*\{/, '')];
      while (!parts[parts.length - 1].includes('}') && i + 1 < lines.length) parts.push(lines[++i].trim());
      labels.description = parts.join(' ').replace(/\}.*$/, '').replace(/\s+/g, ' ').trim();
    }
  }
  return labels;
}
